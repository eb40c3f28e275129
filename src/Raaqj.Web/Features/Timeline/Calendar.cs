using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;
using Raaqj.Web.Infrastructure.Identity;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Timeline;

// A timed event a calendar holds besides milestones: a learning session a person registered for. The link and place
// are only what that person may see.
public sealed record CalendarSession(int Id, string Title, DateTime StartsAtUtc, DateTime EndsAtUtc, DateTime UpdatedAtUtc, string Description, string Location, string Path);

// The one iCalendar writer (RFC 5545, through Ical.Net): each milestone an all-day event on its due date, each session
// a timed event in UTC, with a UID that never changes and a DTSTAMP of its last change, so calendars update rather than
// duplicate them.
public sealed class CalendarWriter(PortalLinks links)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Uid(int milestoneId) => $"milestone-{milestoneId}@raaqj-portal";

    public static string SessionUid(int sessionId) => $"session-{sessionId}@raaqj-portal";

    public string Write(string name, IEnumerable<MilestoneRow> milestones, IEnumerable<CalendarSession>? sessions = null)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//RAAQJ portal//Program calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var milestone in milestones)
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(milestone.Id),
                DtStamp = Utc(milestone.UpdatedAtUtc),
                DtStart = new CalDateTime(milestone.Due),
                DtEnd = new CalDateTime(milestone.Due.AddDays(1)),
                Summary = (milestone.Region is null ? "" : $"{milestone.Region}: ") + milestone.Title,
                Description = $"{MilestoneWording.Status(milestone.Status)}. {milestone.Description}".Trim(),
                Url = new Uri(links.Absolute(Link(milestone))),
            });
        foreach (var session in sessions ?? [])
            calendar.Events.Add(new CalendarEvent
            {
                Uid = SessionUid(session.Id),
                DtStamp = Utc(session.UpdatedAtUtc),
                DtStart = Utc(session.StartsAtUtc),
                DtEnd = Utc(session.EndsAtUtc),
                Summary = session.Title,
                Description = session.Description,
                Location = session.Location,
                Url = new Uri(links.Absolute(session.Path)),
            });
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private string Link(MilestoneRow milestone) => milestone.RegionId is { } region
        ? links.Path("Progress", "Regions", new { regionId = region, milestoneId = milestone.Id })
        : links.Path("EditMilestone", "Program", new { id = milestone.ProgramId, milestoneId = milestone.Id });
}

public sealed record CalendarPageModel(string? FeedUrl, DateTime? CreatedAtUtc, int Count);

// Each person's calendar subscription: a secret address with the milestones they own and those of their regions, and
// the learning sessions they registered for.
// The token is looked up by its hash; a revoked or replaced token finds nothing (404).
public sealed class CalendarHandler(AppDbContext db, MilestoneReader milestones, CalendarWriter writer, PortalLinks links, IDataProtectionProvider protection,
    AuditLog audit, TimeProvider time, RegionAccess access)
{
    private readonly IDataProtector protector = protection.CreateProtector("Raaqj.CalendarToken");

    public async Task<CalendarPageModel> PageAsync(string userId)
    {
        var token = await db.CalendarTokens.AsNoTracking().FirstOrDefaultAsync(t => t.UserId == userId);
        var count = await MineQuery(userId).CountAsync();
        return new CalendarPageModel(token is null ? null : FeedUrl(protector.Unprotect(token.ProtectedToken)), token?.CreatedAtUtc, count);
    }

    public async Task RenewAsync(string userId)
    {
        var token = SecretTokens.New();
        var had = await db.CalendarTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync() > 0;
        db.CalendarTokens.Add(new CalendarToken { UserId = userId, TokenHash = SecretTokens.Hash(token), ProtectedToken = protector.Protect(token), CreatedAtUtc = time.GetUtcNow().UtcDateTime });
        audit.Record(AuditActions.CalendarLinkChanged, nameof(AppUser), userId, had ? "Renewed their calendar link; the old one no longer works" : "Created their calendar link");
        await db.SaveChangesAsync();
    }

    public async Task RevokeAsync(string userId)
    {
        if (await db.CalendarTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync() == 0)
            return;
        audit.Record(AuditActions.CalendarLinkChanged, nameof(AppUser), userId, "Revoked their calendar link");
        await db.SaveChangesAsync();
    }

    // The feed behind a token, or null for a token that is unknown, revoked or replaced.
    public async Task<string?> FeedAsync(string token)
    {
        var hash = SecretTokens.Hash(token);
        var userId = await db.CalendarTokens.AsNoTracking().Where(t => t.TokenHash == hash)
            .Join(db.Users.Where(u => !u.IsDisabled), t => t.UserId, u => u.Id, (t, u) => t.UserId).FirstOrDefaultAsync();
        return userId is null ? null
            : writer.Write("RAAQJ program", await milestones.ReadAsync(MineQuery(userId)), await Community.SessionCalendar.RegisteredAsync(db, userId, links));
    }

    // One milestone as an .ics file, for whoever may see it: staff, its owner, its region's team.
    public async Task<(string Title, string Ics)?> OneAsync(int milestoneId, string userId, bool isStaff)
    {
        var milestone = await db.Milestones.AsNoTracking().Where(m => m.Id == milestoneId).Select(m => new { m.OwnerUserId, m.CohortRegionId }).FirstOrDefaultAsync();
        if (milestone is null)
            return null;
        var allowed = isStaff || milestone.OwnerUserId == userId
            || (milestone.CohortRegionId is { } region && await access.MayAsync(RecordAction.ReadRegion, region));
        if (!allowed)
            return null;
        var row = (await milestones.ReadAsync(db.Milestones.Where(m => m.Id == milestoneId))).Single();
        return (row.Title, writer.Write(row.Title, [row]));
    }

    private IQueryable<Milestone> MineQuery(string userId) =>
        db.Milestones.Where(m => m.OwnerUserId == userId || (m.CohortRegionId != null && RegionAccess.RegionsOf(db, userId).Contains(m.CohortRegionId.Value)));

    private string FeedUrl(string token) => links.Absolute(links.Path("Feed", "Calendar", new { token }));

}
