using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;
using Raaqj.Web.Infrastructure.Files;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Assistance;

public sealed class TaReplyForm
{
    public string Body { get; set; } = "";
    public decimal Hours { get; set; }
    public IFormFile? File { get; set; }
    public Guid Version { get; set; }
}

public sealed class TaReplyFormValidator : AbstractValidator<TaReplyForm>
{
    public TaReplyFormValidator()
    {
        RuleFor(f => f.Body).NotEmpty().WithMessage("Write your reply.").MaximumLength(TaMessage.BodyMaxLength);
        RuleFor(f => f.Hours).InclusiveBetween(0, 200).WithMessage("Log between 0 and 200 hours.");
    }
}

public sealed record TaFileRow(int Id, string FileName, long SizeBytes);

public sealed record TaMessageRow(int Id, string Author, bool FromExpertSide, string Body, decimal Hours, DateTime PostedAtUtc, IReadOnlyList<TaFileRow> Files);

public sealed record TaThreadModel(
    int Id, int RegionId, string Region, string Area, string Title, string Question, string Tried, TaUrgency Urgency, string PreferredTimes, TaStatus Status,
    string? ExpertUserId, string? Expert, string RequestedBy, DateTime RequestedAtUtc, DateTime FirstAnswerDueUtc, DateTime? FirstAnsweredAtUtc, DateTime ResolutionDueUtc,
    DateTime? ResolvedAtUtc, int? Rating, string RatingComment, decimal Hours, Guid Version, bool FirstAnswerBreached, bool ResolutionBreached,
    IReadOnlyList<TaMessageRow> Messages, TaStanding Standing, IReadOnlyList<TaStep> Steps, IReadOnlyList<ExpertLoad> Experts, TaReplyForm Reply);

// One TA request's page for everyone it concerns: the thread (replies with files, the expert side logging hours), the
// steps of the status table this person may take, the clocks and whether they were kept, and the rating at the close.
public sealed class TaThreadHandler(AppDbContext db, TaAccess access, DocumentStore documents, Notifier notifier, PortalLinks links, ProgramClock clock, CurrentUser user,
    AuditLog audit)
{
    public const string ConflictMessage = "The request changed while you were on it (a reply or a new status). Its current state is shown; your text is still in the form.";

    public async Task<TaThreadModel?> LoadAsync(int id, TaReplyForm? typed = null)
    {
        var request = await db.TaRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (request is null)
            return null;
        var standing = await access.OfAsync(request.CohortRegionId, request.ExpertUserId);
        if (!standing.MayRead)
            return null;
        var now = clock.UtcNow;
        var names = db.Users.AsNoTracking();
        var messages = await db.TaMessages.AsNoTracking().Where(m => m.TaRequestId == id).OrderBy(m => m.PostedAtUtc).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.Id, Author = names.Where(u => u.Id == m.AuthorUserId).Select(u => u.DisplayName).First(), m.FromExpertSide, m.Body, m.Hours, m.PostedAtUtc,
                Files = m.Files.Select(f => new TaFileRow(f.Id, f.FileName, f.SizeBytes)).ToList(),
            }).ToListAsync();
        var header = await db.TaRequests.AsNoTracking().Where(r => r.Id == id).Select(r => new
        {
            Region = db.CohortRegions.Where(c => c.Id == r.CohortRegionId).Select(c => c.RegionName).First(),
            Area = db.ExpertAreas.Where(a => a.Id == r.AreaId).Select(a => a.Name).First(),
            Expert = names.Where(u => u.Id == r.ExpertUserId).Select(u => u.DisplayName).FirstOrDefault(),
            RequestedBy = names.Where(u => u.Id == r.RequestedByUserId).Select(u => u.DisplayName).First(),
        }).FirstAsync();
        var experts = standing.Is(TaActor.Staff) ? (await TaQueries.ExpertLoadsAsync(db)).Where(e => e.Areas.Contains(request.AreaId)).OrderBy(e => e.OpenRequests).ToList() : [];
        return new TaThreadModel(request.Id, request.CohortRegionId, header.Region, header.Area, request.Title, request.Question, request.Tried, request.Urgency, request.PreferredTimes,
            request.Status, request.ExpertUserId, header.Expert, header.RequestedBy, request.RequestedAtUtc, request.FirstAnswerDueUtc, request.FirstAnsweredAtUtc,
            request.ResolutionDueUtc, request.ResolvedAtUtc, request.Rating, request.RatingComment, messages.Sum(m => m.Hours), request.Version,
            request.FirstAnswerBreachedAt(now), request.ResolutionBreachedAt(now),
            messages.Select(m => new TaMessageRow(m.Id, m.Author, m.FromExpertSide, m.Body, m.Hours, m.PostedAtUtc, m.Files)).ToList(),
            standing, TaTransitions.StepsFor(request.Status, standing.Actors).Where(s => s is not TaStep.Assign).ToList(), experts,
            typed ?? new TaReplyForm { Version = request.Version });
    }

    // A reply in the thread. The expert side's first reply is the first answer (and starts the work); the region's reply
    // to a question puts the request back with the expert. The other side hears of it.
    public async Task<Outcome> ReplyAsync(int id, TaReplyForm form)
    {
        if (await ActingOnAsync(id) is not (var request, var standing))
            return Outcome.NotFound;
        if (!TaTransitions.IsOpen(request.Status) && request.Status != TaStatus.Resolved)
            return Outcome.Invalid("", "This request is closed. Ask for help again with a new request.");
        IncomingDocument? file = null;
        if (form.File is { Length: > 0 })
        {
            var read = await documents.ReadAsync(form.File, 0, "message");
            if (read.Value is null)
                return Outcome.From(read.Problems.Select(p => p with { Field = nameof(TaReplyForm.File) }).ToList());
            file = read.Value;
        }
        if (request.Version != form.Version)
            return Outcome.Conflict(ConflictMessage);

        var now = clock.UtcNow;
        var expertSide = standing.Is(TaActor.Expert) || (standing.Is(TaActor.Staff) && !standing.Is(TaActor.Region));
        var message = new TaMessage { TaRequestId = id, AuthorUserId = user.Id!, FromExpertSide = expertSide, Body = form.Body.Trim(), Hours = expertSide ? form.Hours : 0, PostedAtUtc = now };
        if (expertSide)
        {
            request.FirstAnsweredAtUtc ??= now;
            if (request.Status == TaStatus.Assigned)
                request.Take(TaStep.Start, standing.Is(TaActor.Expert) ? TaActor.Expert : TaActor.Staff, now);
        }
        else if (request.Status == TaStatus.WaitingOnRegion)
            request.Take(TaStep.RegionAnswers, TaActor.Region, now);
        string? stored = null;
        if (file is not null)
        {
            stored = await documents.SaveAsync(file);
            message.Files.Add(TaFiles.Record(file, stored, user.Id!, now));
        }
        db.TaMessages.Add(message);
        request.UpdatedAtUtc = now;
        request.Version = Guid.NewGuid();
        db.Entry(request).Property(r => r.Version).OriginalValue = form.Version;
        await TellOtherSideAsync(request, expertSide, $"New reply: {request.Title}", $"There is a new reply to \"{request.Title}\".", $"ta-reply:{id}:{now.Ticks}");
        try
        {
            await db.SaveChangesAsync();
            return Outcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            if (stored is not null)
                documents.Delete(stored);
            db.ChangeTracker.Clear();
            return Outcome.Conflict(ConflictMessage);
        }
        catch
        {
            if (stored is not null)
                documents.Delete(stored);
            throw;
        }
    }

    // A step of the status table (resolve, ask the region, confirm with a rating, reopen, withdraw, close).
    public async Task<Outcome> StepAsync(int id, TaStep step, Guid version, int? rating, string? comment)
    {
        if (await ActingOnAsync(id) is not (var request, var standing))
            return Outcome.NotFound;
        if (step == TaStep.Confirm && rating is not (>= 1 and <= 5))
            return Outcome.Invalid("rating", "Rate the help from 1 to 5 before closing the request.");
        if (request.Version != version)
            return Outcome.Conflict(ConflictMessage);
        var before = request.Status;
        var now = clock.UtcNow;
        if (!standing.Actors.Any(actor => request.Take(step, actor, now)))
            return Outcome.Invalid("", "That step is not open to you at this stage of the request.");
        if (step == TaStep.Confirm)
            (request.Rating, request.RatingComment) = (rating, (comment ?? "").Trim());
        request.Version = Guid.NewGuid();
        db.Entry(request).Property(r => r.Version).OriginalValue = version;
        audit.Record(AuditActions.TaStepTaken, nameof(TaRequest), id.ToString(), $"\"{request.Title}\": {TaWording.Step(step).ToLowerInvariant()}",
            new { Status = before.ToString() }, new { Status = request.Status.ToString(), request.Rating });
        var regionSide = standing.Is(TaActor.Region) && !standing.Is(TaActor.Expert);
        await TellOtherSideAsync(request, !regionSide, $"{TaWording.Status(request.Status)}: {request.Title}",
            $"\"{request.Title}\" is now {TaWording.Status(request.Status).ToLowerInvariant()}.", $"ta-step:{id}:{now.Ticks}");
        try
        {
            await db.SaveChangesAsync();
            return Outcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict(ConflictMessage);
        }
    }

    // Staff route a request to an expert (or reroute it); the expert hears of it.
    public async Task<Outcome> AssignAsync(int id, string expertUserId, Guid version)
    {
        if (await ActingOnAsync(id) is not (var request, var standing) || !standing.Is(TaActor.Staff))
            return Outcome.NotFound;
        var expert = (await TaQueries.ExpertLoadsAsync(db)).FirstOrDefault(e => e.UserId == expertUserId && e.Areas.Contains(request.AreaId));
        if (expert is null)
            return Outcome.Invalid("", "Choose an expert of the request's area.");
        if (request.Version != version)
            return Outcome.Conflict(ConflictMessage);
        var before = request.ExpertUserId;
        if (!request.Take(TaStep.Assign, TaActor.Staff, clock.UtcNow))
            return Outcome.Invalid("", "A closed or resolved request cannot be routed again.");
        request.ExpertUserId = expert.UserId;
        request.Version = Guid.NewGuid();
        db.Entry(request).Property(r => r.Version).OriginalValue = version;
        audit.Record(AuditActions.TaAssigned, nameof(TaRequest), id.ToString(), $"\"{request.Title}\" routed to {expert.Name}", new { Expert = before }, new { Expert = expert.UserId });
        await notifier.NotifyAsync([expert.UserId], new NotificationMessage(NotificationTopic.TechnicalAssistance, $"TA request for you: {request.Title}",
            $"The program team routed \"{request.Title}\" to you. A first answer is due {clock.InWords(request.FirstAnswerDueUtc)}.", links.Path("Show", "Ta", new { id }),
            $"ta-assigned:{id}:{expert.UserId}:{request.UpdatedAtUtc.Ticks}"));
        try
        {
            await db.SaveChangesAsync();
            return Outcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict(ConflictMessage);
        }
    }

    // The request, tracked, with the person's standing, when they may act on it at all; null answers 404.
    private async Task<(TaRequest Request, TaStanding Standing)?> ActingOnAsync(int id)
    {
        var request = await db.TaRequests.FirstOrDefaultAsync(r => r.Id == id);
        if (request is null)
            return null;
        var standing = await access.OfAsync(request.CohortRegionId, request.ExpertUserId);
        return standing.Actors.Count == 0 ? null : (request, standing);
    }

    // The expert side tells the region's team (its Owners and Editors); the region side tells the expert, or staff
    // while nobody is assigned.
    private async Task TellOtherSideAsync(TaRequest request, bool toRegion, string title, string body, string key)
    {
        var message = new NotificationMessage(NotificationTopic.TechnicalAssistance, title, body, links.Path("Show", "Ta", new { id = request.Id }), key);
        if (!toRegion)
        {
            if (request.ExpertUserId is { } expert)
                await notifier.NotifyAsync([expert], message);
            return;
        }
        var team = await RegionAccess.Team(db, request.CohortRegionId, writersOnly: true).ToListAsync();
        await notifier.NotifyAsync(team.Where(u => u != user.Id).Distinct(), message);
    }
}

public static class TaWording
{
    public static string Status(TaStatus status) => status switch
    {
        TaStatus.New => "New",
        TaStatus.Assigned => "Assigned",
        TaStatus.InProgress => "In progress",
        TaStatus.WaitingOnRegion => "Waiting on the region",
        TaStatus.Resolved => "Resolved",
        _ => "Closed",
    };

    // The confirmation after a step.
    public static string Done(TaStep step) => step switch
    {
        TaStep.Start => "Work started.",
        TaStep.AskRegion => "The request now waits for the region's answer.",
        TaStep.Resolve => "Marked resolved. The region is asked to confirm and rate the help; it closes itself after 14 days otherwise.",
        TaStep.Confirm => "Thank you. The request is closed with your rating.",
        TaStep.Reopen => "Reopened. The expert has been told it is not solved yet.",
        TaStep.Withdraw => "Request withdrawn.",
        _ => "Request closed.",
    };

    public static string Badge(TaStatus status) => status switch
    {
        TaStatus.New => "text-bg-warning",
        TaStatus.Assigned or TaStatus.InProgress => "text-bg-primary",
        TaStatus.WaitingOnRegion => "text-bg-info",
        TaStatus.Resolved => "text-bg-success",
        _ => "text-bg-secondary",
    };

    public static string Step(TaStep step) => step switch
    {
        TaStep.Start => "Start work",
        TaStep.AskRegion => "Wait for the region's answer",
        TaStep.RegionAnswers => "Answered",
        TaStep.Resolve => "Mark resolved",
        TaStep.Confirm => "Confirm and close",
        TaStep.Reopen => "Not solved: reopen",
        TaStep.Withdraw => "Withdraw the request",
        TaStep.Close => "Close",
        TaStep.CloseUnconfirmed => "Closed unconfirmed",
        _ => "Route",
    };
}
