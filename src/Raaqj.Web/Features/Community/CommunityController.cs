using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure.Files;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Community;

// A program's community of practice: its sessions and learning agenda, for staff and the cohort's teams (anyone else
// 404). Staff schedule, take attendance and keep the agenda; everyone registers and gives feedback for themselves.
[Route("program/{id:int}/community"), Authorize]
public sealed class CommunityController : Controller
{
    private const string FormPrefix = "Form";

    // From the menu: the community of the program a region member works in, or staff's current program. Someone in no
    // region yet finds why on their regions page.
    [HttpGet("/community")]
    public async Task<IActionResult> Mine([FromServices] CommunityAccess access, [FromServices] CurrentProgram programs)
    {
        var id = await access.MyProgramAsync() ?? (User.IsInRole(Domain.Accounts.Roles.Staff) ? (await programs.TodayAsync())?.Program.Id : null);
        return id is null ? RedirectToAction("Mine", "Workspace") : RedirectToAction(nameof(Index), new { id });
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, int? page, [FromServices] CommunityHandler handler) =>
        await handler.Handle(id, page) is { } model ? View("Community", model) : NotFound();

    [HttpGet("sessions/new")]
    public async Task<IActionResult> New(int id, [FromServices] ScheduleHandler handler) =>
        await handler.NewAsync(id) is { } model ? View("SessionForm", model) : NotFound();

    [HttpPost("sessions/new")]
    public Task<IActionResult> New(int id, [Bind(Prefix = FormPrefix)] SessionForm form, [FromServices] IValidator<SessionForm> validator, [FromServices] ScheduleHandler handler) =>
        SaveSession(id, null, form, validator, handler);

    [HttpGet("sessions/{sessionId:int}/edit")]
    public async Task<IActionResult> Edit(int id, int sessionId, [FromServices] ScheduleHandler handler) =>
        await handler.EditAsync(id, sessionId) is { } model ? View("SessionForm", model) : NotFound();

    [HttpPost("sessions/{sessionId:int}/edit")]
    public Task<IActionResult> Edit(int id, int sessionId, [Bind(Prefix = FormPrefix)] SessionForm form, [FromServices] IValidator<SessionForm> validator,
        [FromServices] ScheduleHandler handler) =>
        SaveSession(id, sessionId, form, validator, handler);

    private async Task<IActionResult> SaveSession(int id, int? sessionId, SessionForm form, IValidator<SessionForm> validator, ScheduleHandler handler)
    {
        async Task<IActionResult> Again(bool theirs)
        {
            var model = sessionId is { } existing ? await handler.EditAsync(id, existing, theirs ? null : form) : await handler.NewAsync(id, form);
            return model is null ? NotFound() : View("SessionForm", model);
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again(theirs: false);
        var outcome = await handler.SaveAsync(id, sessionId, form);
        return await this.Answer(outcome, sessionId is null ? "Session scheduled. The cohort's teams have been told." : "Session saved.",
            saved => RedirectToAction(nameof(Show), new { id, sessionId = saved }), _ => Again(theirs: outcome.Kind == Domain.OutcomeKind.Conflict), FormPrefix,
            nameof(SessionForm.Capacity));
    }

    [HttpGet("sessions/{sessionId:int}")]
    public async Task<IActionResult> Show(int id, int sessionId, [FromServices] SessionHandler handler) =>
        await handler.LoadAsync(id, sessionId) is { } model ? View("Session", model) : NotFound();

    [HttpGet("sessions/{sessionId:int}.ics")]
    public async Task<IActionResult> Calendar(int id, int sessionId, [FromServices] SessionHandler handler) =>
        await handler.CalendarAsync(id, sessionId) is { } file ? File(Encoding.UTF8.GetBytes(file.Ics), CalendarWriter.ContentType, $"session-{sessionId}.ics") : NotFound();

    [HttpPost("sessions/{sessionId:int}/register")]
    public async Task<IActionResult> Register(int id, int sessionId, RegisterForm form, [FromServices] SessionHandler handler) =>
        this.Answer(await handler.RegisterAsync(id, sessionId, form), "You are registered. Add the session to your calendar with the invitation below.",
            () => RedirectToAction(nameof(Show), new { id, sessionId }));

    [HttpPost("sessions/{sessionId:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, int sessionId, [FromServices] SessionHandler handler) =>
        this.Answer(await handler.CancelAsync(id, sessionId), "Your registration is cancelled: your seat is free for someone else.", () => RedirectToAction(nameof(Show), new { id, sessionId }));

    [HttpPost("sessions/{sessionId:int}/feedback")]
    public async Task<IActionResult> Feedback(int id, int sessionId, [Bind(Prefix = "Feedback")] FeedbackForm form, [FromServices] IValidator<FeedbackForm> validator,
        [FromServices] SessionHandler handler)
    {
        async Task<IActionResult> Again(bool theirs) => await handler.LoadAsync(id, sessionId, theirs ? null : form) is { } model ? View("Session", model) : NotFound();
        if (!await validator.ValidateIntoAsync(form, ModelState, "Feedback"))
            return await Again(theirs: false);
        var outcome = await handler.FeedbackAsync(id, sessionId, form);
        return await this.Answer(outcome, "Thank you: your feedback is saved.", () => RedirectToAction(nameof(Show), new { id, sessionId }),
            () => Again(theirs: outcome.Kind == Domain.OutcomeKind.Conflict), "Feedback", nameof(FeedbackForm.Rating));
    }

    [HttpPost("sessions/{sessionId:int}/attendance")]
    public async Task<IActionResult> Attendance(int id, int sessionId, List<string> present, bool everyone, [FromServices] AttendanceHandler handler,
        [FromServices] SessionHandler sessions)
    {
        if (everyone && await sessions.LoadAsync(id, sessionId) is { } model)
            present = model.Registrants.Select(r => r.UserId).ToList();
        return this.Answer(await handler.MarkAsync(id, sessionId, present), "Attendance saved.", () => RedirectToAction(nameof(Show), null, new { id, sessionId }, "attendance"));
    }

    [HttpPost("sessions/{sessionId:int}/guests")]
    public async Task<IActionResult> Guest(int id, int sessionId, [Bind(Prefix = "Guest")] GuestForm form, [FromServices] IValidator<GuestForm> validator,
        [FromServices] AttendanceHandler handler, [FromServices] SessionHandler sessions)
    {
        async Task<IActionResult> Again() => await sessions.LoadAsync(id, sessionId, typedGuest: form) is { } model ? View("Session", model) : NotFound();
        if (!await validator.ValidateIntoAsync(form, ModelState, "Guest"))
            return await Again();
        return await this.Answer(await handler.AddGuestAsync(id, sessionId, form), $"{form.Name.Trim()} recorded as attending.",
            () => RedirectToAction(nameof(Show), null, new { id, sessionId }, "attendance"), Again, "Guest", nameof(GuestForm.Name), nameof(GuestForm.RegionId));
    }

    [HttpPost("sessions/{sessionId:int}/attendance/{attendanceId:int}/remove")]
    public async Task<IActionResult> RemoveAttendance(int id, int sessionId, int attendanceId, [FromServices] AttendanceHandler handler) =>
        this.Answer(await handler.RemoveAsync(id, sessionId, attendanceId), "Removed from the attendance.", () => RedirectToAction(nameof(Show), null, new { id, sessionId }, "attendance"));

    [HttpGet("agenda")]
    public async Task<IActionResult> Agenda(int id, [FromServices] AgendaHandler handler) =>
        await handler.LoadAsync(id) is { } model ? View(model) : NotFound();

    [HttpPost("agenda/topics")]
    public async Task<IActionResult> Topic(int id, [Bind(Prefix = "Topic")] TopicForm form, [FromServices] IValidator<TopicForm> validator, [FromServices] AgendaHandler handler)
    {
        async Task<IActionResult> Again() => await handler.LoadAsync(id, typedTopic: form) is { } model ? View(nameof(Agenda), model) : NotFound();
        if (!await validator.ValidateIntoAsync(form, ModelState, "Topic"))
            return await Again();
        return await this.Answer(await handler.SaveTopicAsync(id, form), form.Id is null ? "Topic added to the learning agenda." : "Topic saved.",
            () => RedirectToAction(nameof(Agenda), new { id }), Again, "Topic", nameof(TopicForm.Name));
    }

    [HttpPost("agenda/resources"), RequestSizeLimit(DocumentStore.RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = DocumentStore.RequestLimit)]
    public async Task<IActionResult> Resource(int id, [Bind(Prefix = "Resource")] ResourceForm form, [FromServices] IValidator<ResourceForm> validator, [FromServices] AgendaHandler handler)
    {
        async Task<IActionResult> Again() => await handler.LoadAsync(id, typedResource: form) is { } model ? View(nameof(Agenda), model) : NotFound();
        if (!await validator.ValidateIntoAsync(form, ModelState, "Resource"))
            return await Again();
        return await this.Answer(await handler.AddResourceAsync(id, form), "Resource added.",
            () => form.SessionId is { } sessionId ? RedirectToAction(nameof(Show), new { id, sessionId }) : RedirectToAction(nameof(Agenda), new { id }),
            Again, "Resource", nameof(ResourceForm.TopicId), nameof(ResourceForm.SessionId), nameof(ResourceForm.File));
    }

    [HttpPost("agenda/resources/{resourceId:int}/remove")]
    public async Task<IActionResult> RemoveResource(int id, int resourceId, [FromServices] AgendaHandler handler) =>
        this.Answer(await handler.RemoveResourceAsync(id, resourceId), "Resource removed.", () => RedirectToAction(nameof(Agenda), new { id }));
}
