using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Community;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Community;

// Someone at a session who registered in no portal account: a guest, or a walk-in whose email staff type.
public sealed class GuestForm
{
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string Organization { get; set; } = "";
    public int? RegionId { get; set; }
    public ParticipantRole Role { get; set; } = ParticipantRole.Other;
}

public sealed class GuestFormValidator : AbstractValidator<GuestForm>
{
    public GuestFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the person's name.").MaximumLength(SessionAttendance.NameMaxLength);
        RuleFor(f => f.Email).EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.Email)).WithMessage("Enter a valid email address, or leave it empty.")
            .MaximumLength(SessionAttendance.EmailMaxLength);
        RuleFor(f => f.Organization).MaximumLength(SessionAttendance.OrganizationMaxLength);
        RuleFor(f => f.Role).IsInEnum().WithMessage("Choose the part the person takes.");
    }
}

// Staff take a session's attendance: the registered people present (ticked one by one, or all at once), and guests.
// Each change is audited; when the launch convening's attendance is taken, the regions present have attended it, and
// with every region present the cohort is convened (program events, in the same save).
public sealed class AttendanceHandler(AppDbContext db, CommunityAccess access, ProgramEventHandler programEvents, PortalLinks links, ProgramClock clock, CurrentUser user,
    AuditLog audit)
{
    public async Task<Outcome> MarkAsync(int programId, int sessionId, IReadOnlyCollection<string> present)
    {
        var taking = await TakingAsync(programId, sessionId);
        if (taking.Kind != OutcomeKind.Done)
            return taking;
        var (reader, session) = taking.Value;
        var registered = await db.SessionRegistrations.AsNoTracking().Where(r => r.LearningSessionId == sessionId)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r.UserId, u.DisplayName, u.Email, r.CohortRegionId, r.Role }).ToListAsync();
        var recorded = await db.SessionAttendances.Where(a => a.LearningSessionId == sessionId && a.UserId != null).ToListAsync();
        var registeredIds = registered.Select(r => r.UserId).ToHashSet();
        var removed = recorded.Where(a => registeredIds.Contains(a.UserId!) && !present.Contains(a.UserId!)).ToList();
        db.SessionAttendances.RemoveRange(removed);
        var added = registered.Where(r => present.Contains(r.UserId) && recorded.All(a => a.UserId != r.UserId))
            .Select(r => Attendance(sessionId, r.UserId, r.DisplayName, r.Email, null, r.CohortRegionId, r.Role)).ToList();
        db.SessionAttendances.AddRange(added);
        if (added.Count == 0 && removed.Count == 0)
            return Outcome.Done;
        audit.Record(AuditActions.AttendanceRecorded, nameof(LearningSession), session.Id.ToString(), $"Attendance of \"{session.Title}\": {added.Count} marked present, {removed.Count} marked absent",
            new { Absent = removed.Select(a => a.Name).ToList() }, new { Present = added.Select(a => a.Name).ToList() });
        return await SaveAsync(session, reader.Program);
    }

    public async Task<Outcome> AddGuestAsync(int programId, int sessionId, GuestForm form)
    {
        var taking = await TakingAsync(programId, sessionId);
        if (taking.Kind != OutcomeKind.Done)
            return taking;
        var (reader, session) = taking.Value;
        if (form.RegionId is { } region && !await db.CohortRegions.AnyAsync(r => r.Id == region && r.RequestForActionId == reader.Program.RequestForActionId))
            return Outcome.Invalid(nameof(GuestForm.RegionId), "Choose a region of the cohort, or none.");
        var email = form.Email.TrimmedOrNull();
        // A walk-in with a portal account is that person, not a second one.
        var account = email is null ? null : await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => new { u.Id }).FirstOrDefaultAsync();
        var attendance = Attendance(sessionId, account?.Id, form.Name.Trim(), email, form.Organization.TrimmedOrNull(), form.RegionId, form.Role);
        if (await db.SessionAttendances.AnyAsync(a => a.LearningSessionId == sessionId && a.PersonKey == attendance.PersonKey))
            return Outcome.Invalid(nameof(GuestForm.Name), $"{attendance.Name} is already recorded at this session.");
        db.SessionAttendances.Add(attendance);
        audit.Record(AuditActions.AttendanceRecorded, nameof(LearningSession), session.Id.ToString(), $"{attendance.Name} recorded at \"{session.Title}\"",
            after: new { attendance.Name, attendance.Email, attendance.Organization, attendance.CohortRegionId, Role = attendance.Role.ToString(), Guest = account is null });
        return await SaveAsync(session, reader.Program, duplicateField: nameof(GuestForm.Name));
    }

    public async Task<Outcome> RemoveAsync(int programId, int sessionId, int attendanceId)
    {
        if (await access.StaffAsync(programId) is null)
            return Outcome.NotFound;
        var attendance = await db.SessionAttendances.FirstOrDefaultAsync(a => a.Id == attendanceId && a.LearningSessionId == sessionId
            && db.LearningSessions.Any(s => s.Id == sessionId && s.ProgramEditionId == programId));
        if (attendance is null)
            return Outcome.NotFound;
        db.SessionAttendances.Remove(attendance);
        audit.Record(AuditActions.AttendanceRecorded, nameof(LearningSession), sessionId.ToString(), $"{attendance.Name} removed from the attendance",
            new { attendance.Name, attendance.Email });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    // The session whose attendance staff take, or why they cannot: it is not theirs to see, or it has not begun.
    private async Task<Outcome<(CommunityReader Reader, LearningSession Session)>> TakingAsync(int programId, int sessionId)
    {
        if (await access.StaffAsync(programId) is not { } reader)
            return Outcome<(CommunityReader, LearningSession)>.Of(Outcome.NotFound);
        var session = await db.LearningSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.ProgramEditionId == programId);
        if (session is null)
            return Outcome<(CommunityReader, LearningSession)>.Of(Outcome.NotFound);
        var problems = SessionRules.CanTakeAttendance(session, clock.UtcNow);
        return problems.Count > 0 ? Outcome<(CommunityReader, LearningSession)>.Of(Outcome.From(problems)) : Outcome<(CommunityReader, LearningSession)>.DoneWith((reader, session));
    }

    private SessionAttendance Attendance(int sessionId, string? userId, string name, string? email, string? organization, int? regionId, ParticipantRole role) => new()
    {
        LearningSessionId = sessionId, UserId = userId, Name = name, Email = email, Organization = organization, CohortRegionId = regionId, Role = role,
        PersonKey = PeopleEquipped.KeyOf(new Participation(email, name, organization, null, role, clock.UtcNow)), RecordedByUserId = user.Id!, RecordedAtUtc = clock.UtcNow,
    };

    // The attendance, then what it proves, in one transaction: a list sent twice at once records each person once.
    private async Task<Outcome> SaveAsync(LearningSession session, ProgramHeader program, string duplicateField = "")
    {
        try
        {
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync();
                if (session.Kind == SessionKind.LaunchConvening && program.RequestForActionId is { } rfp)
                    await RaiseConvenedAsync(session, rfp);
                await db.SaveChangesAsync();
                return true;
            });
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Outcome.Invalid(duplicateField, "Someone recorded this attendance at the same moment. Look at the list below before recording again.");
        }
        return Outcome.Done;
    }

    private async Task RaiseConvenedAsync(LearningSession session, int requestForActionId)
    {
        var present = await db.SessionAttendances.Where(a => a.LearningSessionId == session.Id && a.CohortRegionId != null)
            .GroupBy(a => a.CohortRegionId!.Value).Select(g => new { Region = g.Key, People = g.Count() }).ToListAsync();
        var cohort = await db.CohortRegions.Where(r => r.RequestForActionId == requestForActionId).Select(r => r.Id).ToListAsync();
        var link = links.Path("Show", "Community", new { id = session.ProgramEditionId, sessionId = session.Id });
        var when = ProgramClock.DateInWords(DateOnly.FromDateTime(ProgramClock.ToLocal(session.StartsAtUtc, session.TimeZoneId)));
        foreach (var region in present.Where(p => cohort.Contains(p.Region)))
            await programEvents.RaiseAsync(ProgramEvents.LaunchConveningAttended, requestForActionId, region.Region,
                $"{region.People} from the region attended \"{session.Title}\" on {when}.", link);
        if (SessionRules.Convened(session.Kind, present.Select(p => p.Region), cohort))
            await programEvents.RaiseAsync(ProgramEvents.CohortConvened, requestForActionId, null,
                $"All {cohort.Count} regions attended \"{session.Title}\" on {when}.", link);
    }
}
