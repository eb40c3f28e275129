using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Community;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Time;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Community;

public sealed class SessionForm
{
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public SessionKind Kind { get; set; } = SessionKind.Webinar;
    public SessionFormat Format { get; set; } = SessionFormat.Virtual;
    public DateTime? StartsAtLocal { get; set; }
    public DateTime? EndsAtLocal { get; set; }
    public string TimeZoneId { get; set; } = "";
    public string Place { get; set; } = "";
    public string VirtualLink { get; set; } = "";
    public string Facilitator { get; set; } = "";
    public int? Capacity { get; set; }
    public List<int> TopicIds { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed class SessionFormValidator : AbstractValidator<SessionForm>
{
    public const int LargestCapacity = 5000;

    public SessionFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Give the session a title.").MaximumLength(LearningSession.TitleMaxLength);
        RuleFor(f => f.Description).MaximumLength(LearningSession.DescriptionMaxLength);
        RuleFor(f => f.Kind).IsInEnum().WithMessage("Choose the kind of session.");
        RuleFor(f => f.Format).IsInEnum().WithMessage("Choose how people take part.");
        RuleFor(f => f.TimeZoneId).Must(z => ProgramClock.OfferedZones.Contains(z)).WithMessage("Choose the time zone the times are in.");
        foreach (var field in new System.Linq.Expressions.Expression<Func<SessionForm, DateTime?>>[] { f => f.StartsAtLocal, f => f.EndsAtLocal })
            RuleFor(field).Must((form, local) => GapProblem(local, form.TimeZoneId) is null).WithMessage((form, local) => GapProblem(local, form.TimeZoneId)!);
        RuleFor(f => f.StartsAtLocal).NotNull().WithMessage("Enter when the session starts.");
        RuleFor(f => f.EndsAtLocal).NotNull().WithMessage("Enter when the session ends.")
            .GreaterThan(f => f.StartsAtLocal).When(f => f.StartsAtLocal is not null, ApplyConditionTo.CurrentValidator).WithMessage("The session must end after it starts.");
        RuleFor(f => f.Place).NotEmpty().When(f => SessionRules.HasPlace(f.Format)).WithMessage("Say where the session takes place.").MaximumLength(LearningSession.PlaceMaxLength);
        RuleFor(f => f.VirtualLink).NotEmpty().When(f => f.Format != SessionFormat.InPerson).WithMessage("Give the link people join by.")
            .Must(link => Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps).When(f => !string.IsNullOrEmpty(f.VirtualLink))
            .WithMessage("Enter the full link, starting with https://.").MaximumLength(LearningSession.LinkMaxLength);
        RuleFor(f => f.Facilitator).MaximumLength(LearningSession.FacilitatorMaxLength);
        RuleFor(f => f.Capacity).InclusiveBetween(1, LargestCapacity).When(f => f.Capacity is not null).WithMessage($"Enter a capacity from 1 to {LargestCapacity:N0}, or leave it empty for no limit.");
    }

    private static string? GapProblem(DateTime? local, string zoneId) =>
        local is { } time && ProgramClock.OfferedZones.Contains(zoneId) ? ZoneTime.ToUtc(time, zoneId).Problem : null;
}

public sealed record TopicOption(int Id, string Name);

public sealed record SessionFormModel(CommunityReader Reader, int? SessionId, SessionForm Form, IReadOnlyList<TopicOption> Topics);

// Staff schedule a session and change it. A new session is announced to everyone on the cohort's teams, through the
// outbox, in the same save; a change is checked against the version the editor started from.
public sealed class ScheduleHandler(AppDbContext db, CommunityAccess access, Notifier notifier, PortalLinks links, ProgramClock clock, AuditLog audit)
{
    public async Task<SessionFormModel?> NewAsync(int programId, SessionForm? typed = null)
    {
        if (await access.StaffAsync(programId) is not { } reader)
            return null;
        return new SessionFormModel(reader, null, typed ?? new SessionForm { TimeZoneId = reader.Program.TimeZoneId }, await TopicsAsync(programId));
    }

    public async Task<SessionFormModel?> EditAsync(int programId, int sessionId, SessionForm? typed = null)
    {
        if (await access.StaffAsync(programId) is not { } reader)
            return null;
        var session = await db.LearningSessions.AsNoTracking().Include(s => s.Topics).FirstOrDefaultAsync(s => s.Id == sessionId && s.ProgramEditionId == programId);
        return session is null ? null : new SessionFormModel(reader, sessionId, typed ?? FormOf(session), await TopicsAsync(programId));
    }

    public async Task<Outcome<int>> SaveAsync(int programId, int? sessionId, SessionForm form)
    {
        if (await access.StaffAsync(programId) is not { } reader)
            return Outcome<int>.Of(Outcome.NotFound);
        var session = sessionId is null ? new LearningSession { ProgramEditionId = programId, CreatedAtUtc = clock.UtcNow }
            : await db.LearningSessions.Include(s => s.Topics).FirstOrDefaultAsync(s => s.Id == sessionId && s.ProgramEditionId == programId);
        if (session is null)
            return Outcome<int>.Of(Outcome.NotFound);
        if (sessionId is not null && session.Version != form.Version)
            return Outcome<int>.Of(Outcome.Conflict("Someone changed this session while you were editing it. Here it is as it is now; make your change again."));
        var registered = sessionId is null ? 0 : await db.SessionRegistrations.CountAsync(r => r.LearningSessionId == sessionId);
        if (form.Capacity is { } seats && seats < registered)
            return Outcome<int>.Of(Outcome.Invalid(nameof(SessionForm.Capacity), $"{registered} people have registered already: the capacity cannot be lower than that."));
        var topics = await db.LearningTopics.Where(t => t.ProgramEditionId == programId && form.TopicIds.Contains(t.Id)).Select(t => t.Id).ToListAsync();

        var before = sessionId is null ? null : Snapshot(session);
        session.Title = form.Title.Trim();
        session.Description = form.Description.Trim();
        session.Kind = form.Kind;
        session.Format = form.Format;
        session.TimeZoneId = form.TimeZoneId;
        session.StartsAtUtc = ZoneTime.ToUtc(form.StartsAtLocal!.Value, form.TimeZoneId).Utc;
        session.EndsAtUtc = ZoneTime.ToUtc(form.EndsAtLocal!.Value, form.TimeZoneId).Utc;
        session.Place = SessionRules.HasPlace(form.Format) ? form.Place.Trim() : "";
        session.VirtualLink = form.Format == SessionFormat.InPerson ? "" : form.VirtualLink.Trim();
        session.Facilitator = form.Facilitator.Trim();
        session.Capacity = form.Capacity;
        session.Topics.RemoveAll(t => !topics.Contains(t.LearningTopicId));
        session.Topics.AddRange(topics.Where(id => session.Topics.All(t => t.LearningTopicId != id)).Select(id => new SessionTopic { LearningTopicId = id }));
        session.UpdatedAtUtc = clock.UtcNow;
        db.Entry(session).Property(s => s.Version).OriginalValue = form.Version;
        session.Version = Guid.NewGuid();
        if (sessionId is null)
            db.LearningSessions.Add(session);
        try
        {
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync();
                var when = ProgramClock.InWords(session.StartsAtUtc, session.TimeZoneId);
                if (sessionId is null)
                {
                    await notifier.NotifyAsync(await CohortPeopleAsync(reader.Program), new NotificationMessage(NotificationTopic.CommunityOfPractice, $"New session: {session.Title}",
                        $"{SessionWording.Kind(session.Kind)}, {when}. Register in the portal to get the {(session.Format == SessionFormat.InPerson ? "details" : "link")} and a calendar invitation.",
                        links.Path("Show", "Community", new { id = programId, sessionId = session.Id }), $"session-new:{session.Id}"));
                    audit.Record(AuditActions.SessionScheduled, nameof(LearningSession), session.Id.ToString(), $"Scheduled \"{session.Title}\" for {when}", after: Snapshot(session));
                }
                else
                    audit.Record(AuditActions.SessionUpdated, nameof(LearningSession), session.Id.ToString(), $"Changed \"{session.Title}\"", before, Snapshot(session));
                await db.SaveChangesAsync();
                return true;
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<int>.Of(Outcome.Conflict("Someone changed this session while you were editing it. Here it is as it is now; make your change again."));
        }
        return Outcome<int>.DoneWith(session.Id);
    }

    // Everyone on the team of a region of the program's cohort.
    private async Task<List<string>> CohortPeopleAsync(ProgramHeader program)
    {
        var regions = db.CohortRegions.Where(r => r.RequestForActionId == program.RequestForActionId);
        var members = db.OrganizationMembers.Where(m => regions.Any(r => r.OrganizationId == m.OrganizationId)).Select(m => m.UserId);
        var partners = db.RegionPartners.Where(p => regions.Any(r => r.Id == p.CohortRegionId)).Select(p => p.UserId);
        return await members.Union(partners).ToListAsync();
    }

    private Task<List<TopicOption>> TopicsAsync(int programId) =>
        db.LearningTopics.AsNoTracking().Where(t => t.ProgramEditionId == programId).OrderBy(t => t.Position).Select(t => new TopicOption(t.Id, t.Name)).ToListAsync();

    private static SessionForm FormOf(LearningSession s) => new()
    {
        Title = s.Title, Description = s.Description, Kind = s.Kind, Format = s.Format, TimeZoneId = s.TimeZoneId, StartsAtLocal = ZoneTime.ToLocal(s.StartsAtUtc, s.TimeZoneId),
        EndsAtLocal = ZoneTime.ToLocal(s.EndsAtUtc, s.TimeZoneId), Place = s.Place, VirtualLink = s.VirtualLink, Facilitator = s.Facilitator, Capacity = s.Capacity,
        TopicIds = s.Topics.Select(t => t.LearningTopicId).ToList(), Version = s.Version,
    };

    private static object Snapshot(LearningSession s) => new
    {
        s.Title, Kind = s.Kind.ToString(), Format = s.Format.ToString(), s.StartsAtUtc, s.EndsAtUtc, s.TimeZoneId, s.Place, s.Facilitator, s.Capacity,
        Topics = s.Topics.Select(t => t.LearningTopicId).Order().ToList(),
    };
}

public static class SessionWording
{
    public static string Kind(SessionKind kind) => kind switch
    {
        SessionKind.LaunchConvening => "Cohort launch convening",
        SessionKind.Webinar => "Webinar",
        SessionKind.PeerExchange => "Peer exchange",
        SessionKind.SiteVisit => "Site visit",
        _ => "Workshop",
    };

    public static string Format(SessionFormat format) => format switch
    {
        SessionFormat.InPerson => "In person",
        SessionFormat.Virtual => "Virtual",
        _ => "In person and virtual",
    };

    public static string Role(ParticipantRole role) => role switch
    {
        ParticipantRole.Advocate => "Advocate",
        ParticipantRole.PublicServant => "Public servant",
        ParticipantRole.CommunityMember => "Community member",
        ParticipantRole.Employer => "Employer",
        _ => "Other",
    };

    // "Tuesday, March 9, 2027, 1:00 to 2:30 PM EST", or across days with both dates.
    public static string When(DateTime startsUtc, DateTime endsUtc, string zoneId)
    {
        var us = System.Globalization.CultureInfo.GetCultureInfo("en-US");
        var start = ZoneTime.ToLocal(startsUtc, zoneId);
        var end = ZoneTime.ToLocal(endsUtc, zoneId);
        var zone = ZoneTime.Abbreviation(endsUtc, zoneId);
        return start.Date == end.Date
            ? $"{start.ToString("dddd, MMMM d, yyyy", us)}, {start.ToString("h:mm tt", us)} to {end.ToString("h:mm tt", us)} {zone}"
            : $"{start.ToString("dddd, MMMM d, yyyy, h:mm tt", us)} to {end.ToString("dddd, MMMM d, yyyy, h:mm tt", us)} {zone}";
    }
}
