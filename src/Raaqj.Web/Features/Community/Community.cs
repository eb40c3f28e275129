using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Community;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Community;

public sealed record SessionRow(int Id, string Title, SessionKind Kind, SessionFormat Format, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZoneId, int? Capacity,
    int Registered, int Attended, double? Rating, bool IRegistered, bool IAttended, bool IGaveFeedback)
{
    public IReadOnlyList<string> Topics { get; init; } = [];

    public int? SeatsLeft => SessionRules.SeatsLeft(Capacity, Registered);
}

public sealed record CountRow(string Name, int Count);

public sealed record CommunityModel(CommunityReader Reader, ProgramToday Today, IReadOnlyList<SessionRow> Upcoming, Page<SessionRow> Past, int Attendances,
    double? AverageRating, int Ratings, PeopleCount People, IReadOnlyList<CountRow> AttendanceByRegion, IReadOnlyList<CountRow> AttendanceByTopic);

// The community of practice of a program: its sessions to come and past (paged), attendance per region and per topic,
// the average rating, and the people it has equipped against the program's target. The figures are read once per
// change of content (ContentCache); the sessions, with the reader's own places, on every request.
public sealed class CommunityHandler(AppDbContext db, CommunityAccess access, CurrentProgram programs, ProgramClock clock, ContentCache cache)
{
    public const int PastPageSize = 20;

    private sealed record Figures(int Attendances, double? AverageRating, int Ratings, PeopleCount People, IReadOnlyList<CountRow> ByRegion, IReadOnlyList<CountRow> ByTopic);

    public async Task<CommunityModel?> Handle(int programId, int? page)
    {
        if (await access.ReaderAsync(programId) is not { } reader)
            return null;
        var now = clock.UtcNow;
        var sessions = db.LearningSessions.Where(s => s.ProgramEditionId == programId);
        var upcoming = await CommunityQueries.RowsAsync(db, sessions.Where(s => s.EndsAtUtc > now).OrderBy(s => s.StartsAtUtc), reader.UserId);
        var pastQuery = sessions.Where(s => s.EndsAtUtc <= now);
        var total = await pastQuery.CountAsync();
        var number = Math.Min(Page<SessionRow>.Clamp(page), Math.Max(1, (total + PastPageSize - 1) / PastPageSize));
        var past = await CommunityQueries.RowsAsync(db, pastQuery.OrderByDescending(s => s.StartsAtUtc).Skip((number - 1) * PastPageSize).Take(PastPageSize), reader.UserId);
        var figures = await cache.GetAsync($"community/{programId}", () => FiguresAsync(programId));
        return new CommunityModel(reader, programs.Today(reader.Program), upcoming, new Page<SessionRow>(past, number, PastPageSize, total),
            figures.Attendances, figures.AverageRating, figures.Ratings, figures.People, figures.ByRegion, figures.ByTopic);
    }

    private async Task<Figures> FiguresAsync(int programId)
    {
        var sessions = db.LearningSessions.Where(s => s.ProgramEditionId == programId);
        var attendance = db.SessionAttendances.Where(a => sessions.Any(s => s.Id == a.LearningSessionId));
        var byRegion = await attendance.GroupBy(a => a.CohortRegionId)
            .Select(g => new { Name = db.CohortRegions.Where(r => r.Id == g.Key).Select(r => r.RegionName).FirstOrDefault(), Count = g.Count() }).ToListAsync();
        var byTopic = (await attendance.Join(db.SessionTopics, a => a.LearningSessionId, t => t.LearningSessionId, (a, t) => t.LearningTopicId)
            .GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() }).ToListAsync()).ToDictionary(t => t.Key, t => t.Count);
        var topics = await db.LearningTopics.AsNoTracking().Where(t => t.ProgramEditionId == programId).OrderBy(t => t.Position).Select(t => new { t.Id, t.Name }).ToListAsync();
        var ratings = await db.SessionFeedback.Where(f => sessions.Any(s => s.Id == f.LearningSessionId)).GroupBy(f => 1)
            .Select(g => new { Count = g.Count(), Average = g.Average(f => (double)f.Rating) }).FirstOrDefaultAsync();
        return new Figures(byRegion.Sum(r => r.Count), ratings?.Average, ratings?.Count ?? 0, await CommunityQueries.PeopleAsync(db, cache, programId),
            byRegion.Select(r => new CountRow(r.Name ?? "Guests from outside the cohort", r.Count)).OrderBy(r => r.Name).ToList(),
            topics.Select(t => new CountRow(t.Name, byTopic.GetValueOrDefault(t.Id))).ToList());
    }
}

public static class CommunityQueries
{
    // Sessions as lists show them, with the reader's own registration, attendance and feedback: filter, order and page
    // the sessions first; the topics come in one more query.
    public static async Task<List<SessionRow>> RowsAsync(AppDbContext db, IQueryable<LearningSession> sessions, string userId)
    {
        var rows = await sessions.AsNoTracking().Select(s => new SessionRow(s.Id, s.Title, s.Kind, s.Format, s.StartsAtUtc, s.EndsAtUtc, s.TimeZoneId, s.Capacity,
            db.SessionRegistrations.Count(r => r.LearningSessionId == s.Id), db.SessionAttendances.Count(a => a.LearningSessionId == s.Id),
            db.SessionFeedback.Where(f => f.LearningSessionId == s.Id).Average(f => (double?)f.Rating),
            db.SessionRegistrations.Any(r => r.LearningSessionId == s.Id && r.UserId == userId), db.SessionAttendances.Any(a => a.LearningSessionId == s.Id && a.UserId == userId),
            db.SessionFeedback.Any(f => f.LearningSessionId == s.Id && f.UserId == userId))).ToListAsync();
        var ids = rows.Select(r => r.Id).ToList();
        var topics = (await db.SessionTopics.AsNoTracking().Where(t => ids.Contains(t.LearningSessionId))
            .Join(db.LearningTopics, t => t.LearningTopicId, topic => topic.Id, (t, topic) => new { t.LearningSessionId, topic.Name, topic.Position }).ToListAsync())
            .ToLookup(t => t.LearningSessionId);
        return rows.Select(r => r with { Topics = topics[r.Id].OrderBy(t => t.Position).Select(t => t.Name).ToList() }).ToList();
    }

    // People equipped, each counted once, read once per change of content.
    public static Task<PeopleCount> PeopleAsync(AppDbContext db, ContentCache cache, int programId) =>
        cache.GetAsync($"people-equipped/{programId}", async () => PeopleEquipped.Count(await ParticipationsAsync(db, programId)));

    // Every time someone took part in the program: attended one of its sessions, or wrote for their region in a TA
    // request that was resolved. People equipped counts each person once (PeopleEquipped).
    public static async Task<List<Participation>> ParticipationsAsync(AppDbContext db, int programId)
    {
        var attended = await db.SessionAttendances.AsNoTracking()
            .Join(db.LearningSessions.Where(s => s.ProgramEditionId == programId), a => a.LearningSessionId, s => s.Id, (a, s) => new
            {
                a.Email, a.Name, a.Organization, a.Role, s.StartsAtUtc,
                Region = db.CohortRegions.Where(r => r.Id == a.CohortRegionId).Select(r => r.RegionName).FirstOrDefault(),
            }).ToListAsync();
        var helped = await db.TaMessages.AsNoTracking().Where(m => !m.FromExpertSide)
            .Join(db.TaRequests.Where(r => r.ProgramEditionId == programId && r.ResolvedAtUtc != null), m => m.TaRequestId, r => r.Id, (m, r) => new { m.AuthorUserId, r })
            .Join(db.Users, x => x.AuthorUserId, u => u.Id, (x, u) => new
            {
                u.Email, u.DisplayName, ResolvedAtUtc = x.r.ResolvedAtUtc!.Value,
                Region = db.CohortRegions.Where(c => c.Id == x.r.CohortRegionId).Select(c => c.RegionName).First(),
                // The part they said they take when they last registered for a session; "other" if they never did.
                Role = db.SessionRegistrations.Where(s => s.UserId == u.Id).OrderByDescending(s => s.RegisteredAtUtc).Select(s => (ParticipantRole?)s.Role).FirstOrDefault(),
            }).Distinct().ToListAsync();
        return attended.Select(a => new Participation(a.Email, a.Name, a.Organization, a.Region, a.Role, a.StartsAtUtc))
            .Concat(helped.Select(h => new Participation(h.Email, h.DisplayName, null, h.Region, h.Role ?? ParticipantRole.Other, h.ResolvedAtUtc)))
            .ToList();
    }
}
