using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Community;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Community;

public sealed class RegisterForm
{
    public ParticipantRole Role { get; set; } = ParticipantRole.Other;
    public int? RegionId { get; set; }
}

public sealed class FeedbackForm
{
    public int? Rating { get; set; }
    public string Comment { get; set; } = "";
}

public sealed class FeedbackFormValidator : AbstractValidator<FeedbackForm>
{
    public FeedbackFormValidator()
    {
        RuleFor(f => f.Rating).NotNull().InclusiveBetween(SessionRules.LowestRating, SessionRules.HighestRating)
            .WithMessage($"Choose a rating from {SessionRules.LowestRating} to {SessionRules.HighestRating}.");
        RuleFor(f => f.Comment).MaximumLength(SessionFeedback.CommentMaxLength);
    }
}

public sealed record SessionDetail(int Id, string Title, string Description, SessionKind Kind, SessionFormat Format, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZoneId,
    string Place, string? Link, string Facilitator, int? Capacity, int Registered, IReadOnlyList<string> Topics, DateTime UpdatedAtUtc)
{
    public int? SeatsLeft => SessionRules.SeatsLeft(Capacity, Registered);

    public int ProgramId { get; init; }
}

public sealed record MaterialRow(int Id, string Title, string? Url, int? DocumentId, string? FileName, long SizeBytes);

public sealed record RegistrantRow(string UserId, string Name, string Email, string? Region, ParticipantRole Role, bool Present);

public sealed record AttendeeRow(int Id, string Name, string? Email, string? Organization, string? Region, ParticipantRole Role, bool Guest);

public sealed record FeedbackRow(string Name, int Rating, string Comment, DateTime GivenAtUtc);

public sealed record RegionOption(int Id, string Name);

// A session as its page shows it: to every reader the details, the materials and their own registration, attendance
// and feedback; the link only to those registered; to staff, the registrations, the attendance and the feedback.
public sealed record SessionModel(CommunityReader Reader, SessionDetail Session, IReadOnlyList<MaterialRow> Materials, bool Registered, bool Attended, bool GaveFeedback,
    bool Started, bool Ended, RegisterForm Register, FeedbackForm Feedback, IReadOnlyList<RegionOption> MyRegions, IReadOnlyList<RegistrantRow> Registrants,
    IReadOnlyList<AttendeeRow> Attendees, IReadOnlyList<FeedbackRow> Feedbacks, GuestForm Guest, IReadOnlyList<RegionOption> CohortRegions);

// A session's page, and what its readers do there: register (once, while a seat is free, with a calendar invitation),
// cancel before it starts, and give feedback once they were there.
public sealed class SessionHandler(AppDbContext db, CommunityAccess access, Notifier notifier, PortalLinks links, CalendarWriter calendar, ProgramClock clock, AuditLog audit)
{
    public async Task<SessionModel?> LoadAsync(int programId, int sessionId, FeedbackForm? typedFeedback = null, GuestForm? typedGuest = null)
    {
        if (await access.ReaderAsync(programId) is not { } reader)
            return null;
        var me = reader.UserId;
        var registration = await db.SessionRegistrations.AsNoTracking().FirstOrDefaultAsync(r => r.LearningSessionId == sessionId && r.UserId == me);
        if (await DetailAsync(programId, sessionId, registration is not null, reader.IsStaff) is not { } session)
            return null;
        var now = clock.UtcNow;
        var attended = await db.SessionAttendances.AnyAsync(a => a.LearningSessionId == sessionId && a.UserId == me);
        var mine = await db.SessionFeedback.AsNoTracking().FirstOrDefaultAsync(f => f.LearningSessionId == sessionId && f.UserId == me);
        var materials = await db.CommunityResources.AsNoTracking().Where(r => r.LearningSessionId == sessionId).OrderBy(r => r.Title)
            .Select(r => new { r.Id, r.Title, r.Url, File = r.Files.Select(f => new { f.Id, f.FileName, f.SizeBytes }).FirstOrDefault() }).ToListAsync();
        var cohort = await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == reader.Program.RequestForActionId).OrderBy(r => r.RegionName)
            .Select(r => new RegionOption(r.Id, r.RegionName)).ToListAsync();
        var lastRole = await db.SessionRegistrations.AsNoTracking().Where(r => r.UserId == me).OrderByDescending(r => r.RegisteredAtUtc).Select(r => (ParticipantRole?)r.Role).FirstOrDefaultAsync();
        return new SessionModel(reader, session,
            materials.Select(m => new MaterialRow(m.Id, m.Title, m.Url, m.File?.Id, m.File?.FileName, m.File?.SizeBytes ?? 0)).ToList(),
            registration is not null, attended, mine is not null, now >= session.StartsAtUtc, now >= session.EndsAtUtc,
            new RegisterForm { Role = registration?.Role ?? lastRole ?? ParticipantRole.Other, RegionId = registration?.CohortRegionId ?? reader.MyRegions.FirstOrDefault() },
            typedFeedback ?? new FeedbackForm { Rating = mine?.Rating, Comment = mine?.Comment ?? "" },
            cohort.Where(r => reader.MyRegions.Contains(r.Id)).ToList(),
            reader.IsStaff ? await RegistrantsAsync(sessionId) : [], reader.IsStaff ? await AttendeesAsync(sessionId) : [], reader.IsStaff ? await FeedbacksAsync(sessionId) : [],
            typedGuest ?? new GuestForm(), cohort);
    }

    public async Task<Outcome> RegisterAsync(int programId, int sessionId, RegisterForm form)
    {
        if (await access.ReaderAsync(programId) is not { } reader)
            return Outcome.NotFound;
        var session = await db.LearningSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.ProgramEditionId == programId);
        if (session is null)
            return Outcome.NotFound;
        if (await db.SessionRegistrations.AnyAsync(r => r.LearningSessionId == sessionId && r.UserId == reader.UserId))
            return Outcome.Done;
        if (!Enum.IsDefined(form.Role))
            return Outcome.Invalid("Role", "Choose the part you take.");
        var problems = SessionRules.CanRegister(session, clock.UtcNow, await db.SessionRegistrations.CountAsync(r => r.LearningSessionId == sessionId));
        if (problems.Count > 0)
            return Outcome.From(problems);
        // The region they chose among their own, else their first; staff outside any region come for none.
        int? region = form.RegionId is { } chosen && reader.MyRegions.Contains(chosen) ? chosen : reader.MyRegions.Count > 0 ? reader.MyRegions[0] : null;
        db.SessionRegistrations.Add(new SessionRegistration { LearningSessionId = sessionId, UserId = reader.UserId, CohortRegionId = region, Role = form.Role, RegisteredAtUtc = clock.UtcNow });
        // Taking a seat changes the session: two people taking the last one at once, the second is refused and told.
        session.Version = Guid.NewGuid();
        audit.Record(AuditActions.SessionRegistered, nameof(LearningSession), session.Id.ToString(), $"Registered for \"{session.Title}\"", after: new { Role = form.Role.ToString(), Region = region });
        await notifier.NotifyAsync([reader.UserId], new NotificationMessage(NotificationTopic.CommunityOfPractice, $"You are registered: {session.Title}",
            $"{SessionWording.When(session.StartsAtUtc, session.EndsAtUtc, session.TimeZoneId)}. The session's page has the {(session.Format == SessionFormat.InPerson ? "place" : "link")} and a calendar invitation.",
            links.Path("Show", "Community", new { id = programId, sessionId }), $"session-registered:{sessionId}:{reader.UserId}"));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome.Conflict("Someone registered at the same moment. Try again: if a seat is left, it is yours.");
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            // The same person twice at once (a double click): the first registered them.
            db.ChangeTracker.Clear();
        }
        return Outcome.Done;
    }

    public async Task<Outcome> CancelAsync(int programId, int sessionId)
    {
        if (await access.ReaderAsync(programId) is not { } reader)
            return Outcome.NotFound;
        var session = await db.LearningSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.ProgramEditionId == programId);
        if (session is null)
            return Outcome.NotFound;
        if (clock.UtcNow >= session.StartsAtUtc)
            return Outcome.Invalid("", "The session has begun: a registration can no longer be cancelled.");
        var registration = await db.SessionRegistrations.FirstOrDefaultAsync(r => r.LearningSessionId == sessionId && r.UserId == reader.UserId);
        if (registration is null)
            return Outcome.Done;
        db.SessionRegistrations.Remove(registration);
        audit.Record(AuditActions.SessionUnregistered, nameof(LearningSession), session.Id.ToString(), $"Cancelled their registration for \"{session.Title}\"");
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    public async Task<Outcome> FeedbackAsync(int programId, int sessionId, FeedbackForm form)
    {
        if (await access.ReaderAsync(programId) is not { } reader)
            return Outcome.NotFound;
        var session = await db.LearningSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.ProgramEditionId == programId);
        if (session is null)
            return Outcome.NotFound;
        var attended = await db.SessionAttendances.AnyAsync(a => a.LearningSessionId == sessionId && a.UserId == reader.UserId);
        var problems = SessionRules.CanGiveFeedback(session, clock.UtcNow, attended, form.Rating ?? 0);
        if (problems.Count > 0)
            return Outcome.From(problems);
        var feedback = await db.SessionFeedback.FirstOrDefaultAsync(f => f.LearningSessionId == sessionId && f.UserId == reader.UserId);
        var before = feedback is null ? null : new { feedback.Rating, feedback.Comment };
        if (feedback is null)
            db.SessionFeedback.Add(feedback = new SessionFeedback { LearningSessionId = sessionId, UserId = reader.UserId });
        feedback.Rating = form.Rating!.Value;
        feedback.Comment = form.Comment.Trim();
        feedback.GivenAtUtc = clock.UtcNow;
        audit.Record(AuditActions.FeedbackGiven, nameof(LearningSession), session.Id.ToString(), $"Rated \"{session.Title}\" {feedback.Rating} of 5", before, new { feedback.Rating, feedback.Comment });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Outcome.Conflict("Your feedback was just saved from another window. Here it is; change it if you wish.");
        }
        return Outcome.Done;
    }

    // The session as a calendar invitation: the place for everyone, the link only for those registered.
    public async Task<(string Title, string Ics)?> CalendarAsync(int programId, int sessionId)
    {
        if (await access.ReaderAsync(programId) is not { } reader)
            return null;
        var registered = await db.SessionRegistrations.AnyAsync(r => r.LearningSessionId == sessionId && r.UserId == reader.UserId);
        if (await DetailAsync(programId, sessionId, registered, reader.IsStaff) is not { } session)
            return null;
        return (session.Title, calendar.Write(session.Title, [], [SessionCalendar.Entry(session, links.Path("Show", "Community", new { id = programId, sessionId }))]));
    }

    private async Task<SessionDetail?> DetailAsync(int programId, int sessionId, bool registered, bool isStaff)
    {
        var session = await db.LearningSessions.AsNoTracking().Where(s => s.Id == sessionId && s.ProgramEditionId == programId)
            .Select(s => new { Session = s, Registered = db.SessionRegistrations.Count(r => r.LearningSessionId == s.Id) }).FirstOrDefaultAsync();
        if (session is null)
            return null;
        var s = session.Session;
        var topics = await db.SessionTopics.AsNoTracking().Where(t => t.LearningSessionId == sessionId).Join(db.LearningTopics, t => t.LearningTopicId, t => t.Id, (_, t) => t)
            .OrderBy(t => t.Position).Select(t => t.Name).ToListAsync();
        return new SessionDetail(s.Id, s.Title, s.Description, s.Kind, s.Format, s.StartsAtUtc, s.EndsAtUtc, s.TimeZoneId, s.Place,
            SessionRules.ShowsLink(s.Format, registered, isStaff) ? s.VirtualLink : null, s.Facilitator, s.Capacity, session.Registered, topics, s.UpdatedAtUtc);
    }

    private async Task<List<RegistrantRow>> RegistrantsAsync(int sessionId)
    {
        var present = await db.SessionAttendances.AsNoTracking().Where(a => a.LearningSessionId == sessionId && a.UserId != null).Select(a => a.UserId!).ToListAsync();
        var rows = await db.SessionRegistrations.AsNoTracking().Where(r => r.LearningSessionId == sessionId)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new
            {
                r.UserId, u.DisplayName, u.Email, r.Role,
                Region = db.CohortRegions.Where(c => c.Id == r.CohortRegionId).Select(c => c.RegionName).FirstOrDefault(),
            }).OrderBy(r => r.DisplayName).ToListAsync();
        return rows.Select(r => new RegistrantRow(r.UserId, r.DisplayName, r.Email ?? "", r.Region, r.Role, present.Contains(r.UserId))).ToList();
    }

    private Task<List<AttendeeRow>> AttendeesAsync(int sessionId) =>
        db.SessionAttendances.AsNoTracking().Where(a => a.LearningSessionId == sessionId).OrderBy(a => a.Name)
            .Select(a => new AttendeeRow(a.Id, a.Name, a.Email, a.Organization, db.CohortRegions.Where(c => c.Id == a.CohortRegionId).Select(c => c.RegionName).FirstOrDefault(),
                a.Role, a.UserId == null)).ToListAsync();

    private Task<List<FeedbackRow>> FeedbacksAsync(int sessionId) =>
        db.SessionFeedback.AsNoTracking().Where(f => f.LearningSessionId == sessionId).OrderByDescending(f => f.GivenAtUtc)
            .Select(f => new FeedbackRow(db.Users.Where(u => u.Id == f.UserId).Select(u => u.DisplayName).First(), f.Rating, f.Comment, f.GivenAtUtc)).ToListAsync();
}

// A session as a calendar holds it.
public static class SessionCalendar
{
    // The sessions a person registered for, with their links, for their calendar subscription.
    public static async Task<List<CalendarSession>> RegisteredAsync(AppDbContext db, string userId, PortalLinks links) =>
        (await db.SessionRegistrations.AsNoTracking().Where(r => r.UserId == userId).Join(db.LearningSessions, r => r.LearningSessionId, s => s.Id, (r, s) => s)
            .Select(s => new SessionDetail(s.Id, s.Title, s.Description, s.Kind, s.Format, s.StartsAtUtc, s.EndsAtUtc, s.TimeZoneId, s.Place,
                s.Format == SessionFormat.InPerson ? null : s.VirtualLink, s.Facilitator, s.Capacity, 0, new List<string>(), s.UpdatedAtUtc)
            {
                ProgramId = s.ProgramEditionId,
            })
            .ToListAsync())
        .Select(s => Entry(s, links.Path("Show", "Community", new { id = s.ProgramId, sessionId = s.Id }))).ToList();

    public static CalendarSession Entry(SessionDetail session, string path) => new(session.Id, session.Title, session.StartsAtUtc, session.EndsAtUtc, session.UpdatedAtUtc,
        $"{SessionWording.Kind(session.Kind)}. {SessionWording.When(session.StartsAtUtc, session.EndsAtUtc, session.TimeZoneId)}."
            + (session.Facilitator.Length > 0 ? $" Led by {session.Facilitator}." : "") + (session.Link is null ? "" : $" Join: {session.Link}") + $" {session.Description}".TrimEnd(),
        string.Join(" · ", new[] { session.Place, session.Link ?? "" }.Where(p => p.Length > 0)), path);
}
