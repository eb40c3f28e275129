using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Community;

namespace Raaqj.Web.Data.Seed;

// A busy program's community of practice and technical assistance, for the benchmarks (never the demo): past sessions
// each with its attendance (the regions' guests, many coming again) and feedback, and TA requests across the areas
// and regions, some answered, resolved and rated.
public static class SyntheticCommunity
{
    public static async Task AddAsync(AppDbContext db, int programId, int sessions, int attendeesEach, int taRequests, DateTime nowUtc)
    {
        var random = new Random(sessions + attendeesEach + taRequests);
        var program = await db.ProgramEditions.AsNoTracking().SingleAsync(p => p.Id == programId);
        var regions = await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == program.RequestForActionId).Select(r => r.Id).ToListAsync();
        var topics = await db.LearningTopics.Where(t => t.ProgramEditionId == programId).Select(t => t.Id).ToListAsync();
        var staff = await db.Users.Where(u => u.Email == "staff@example.org").Select(u => u.Id).SingleAsync();
        var requester = await db.OrganizationMembers.Select(m => m.UserId).FirstAsync();
        var roles = Enum.GetValues<ParticipantRole>();
        for (var i = 1; i <= sessions; i++)
        {
            var starts = nowUtc.AddDays(-random.Next(1, 270)).AddHours(-random.Next(1, 8));
            var session = new LearningSession
            {
                ProgramEditionId = programId, Title = $"Synthetic session {i}", Kind = SessionKind.Webinar, Format = SessionFormat.Virtual, TimeZoneId = program.TimeZoneId,
                StartsAtUtc = starts, EndsAtUtc = starts.AddHours(1), VirtualLink = "https://meet.example.org/synthetic", CreatedAtUtc = starts.AddDays(-20), UpdatedAtUtc = starts.AddDays(-20),
                Topics = topics.Count == 0 ? [] : [new SessionTopic { LearningTopicId = topics[i % topics.Count] }],
            };
            db.LearningSessions.Add(session);
            await db.SaveChangesAsync();
            // People from a pool of three thousand, so many come again; once each per session.
            foreach (var person in Enumerable.Range(0, attendeesEach).Select(_ => random.Next(3000)).Distinct())
            {
                var email = $"synthetic.person.{person}@example.org";
                var role = roles[person % roles.Length];
                db.SessionAttendances.Add(new SessionAttendance
                {
                    LearningSessionId = session.Id, Name = $"Synthetic Person {person}", Email = email, Organization = "Synthetic Organization", CohortRegionId = regions[person % regions.Count],
                    Role = role, PersonKey = PeopleEquipped.KeyOf(new Participation(email, "", null, null, role, starts)), RecordedByUserId = staff, RecordedAtUtc = session.EndsAtUtc,
                });
            }
            db.SessionFeedback.Add(new SessionFeedback { LearningSessionId = session.Id, UserId = staff, Rating = 1 + random.Next(5), Comment = "", GivenAtUtc = session.EndsAtUtc });
            await db.SaveChangesAsync();
        }
        var areas = await db.ExpertAreas.Select(a => a.Id).ToListAsync();
        var statuses = Enum.GetValues<TaStatus>();
        for (var i = 1; i <= taRequests; i++)
        {
            var asked = nowUtc.AddDays(-random.Next(1, 200)).AddHours(-random.Next(24));
            var status = statuses[random.Next(statuses.Length)];
            var resolved = status is TaStatus.Resolved or TaStatus.Closed;
            db.TaRequests.Add(new TaRequest
            {
                ProgramEditionId = programId, CohortRegionId = regions[i % regions.Count], AreaId = areas[i % areas.Count], Title = $"Synthetic request {i}", Question = "A synthetic question.",
                Urgency = (TaUrgency)(i % 3), Status = status, ExpertUserId = status == TaStatus.New ? null : staff, RequestedByUserId = requester, RequestedAtUtc = asked,
                UpdatedAtUtc = asked, FirstAnswerDueUtc = asked.AddDays(2), ResolutionDueUtc = asked.AddDays(10),
                FirstAnsweredAtUtc = status is TaStatus.New or TaStatus.Assigned ? null : asked.AddHours(random.Next(2, 80)),
                ResolvedAtUtc = resolved ? asked.AddDays(random.Next(1, 14)) : null, ClosedAtUtc = status == TaStatus.Closed ? asked.AddDays(15) : null,
                Rating = status == TaStatus.Closed ? 1 + random.Next(5) : null,
                Messages =
                [
                    new TaMessage { AuthorUserId = requester, Body = "A synthetic question.", PostedAtUtc = asked },
                    new TaMessage { AuthorUserId = staff, FromExpertSide = true, Body = "A synthetic answer.", Hours = random.Next(1, 6), PostedAtUtc = asked.AddHours(3) },
                ],
            });
            if (i % 200 == 0)
                await db.SaveChangesAsync();
        }
        await db.SaveChangesAsync();
    }
}
