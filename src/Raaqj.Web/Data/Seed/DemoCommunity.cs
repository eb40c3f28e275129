using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Community;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data.Seed;

// The inaugural cohort's community of practice: a learning agenda of four topics, the launch convening in month 8 with
// every region and its guests, monthly webinars and a peer exchange with attendance and feedback, and two sessions to
// come, one with people registered.
public static class DemoCommunity
{
    private static readonly (string Name, string Questions)[] Topics =
    [
        ("Job quality", "What makes a job a quality job in our region, by the measures workers themselves use?\nWhich of the six dimensions can a regional coalition move in a year?"),
        ("Equitable hiring practices", "Which hiring practices open quality jobs to people without a four-year degree?\nHow do employers know their practices work for every group of workers?"),
        ("Employer engagement", "What brings employers to the table and keeps them there?\nHow do we make the business case for job quality without overselling it?"),
        ("Worker voice", "How do workers shape the regional action plan, not only comment on it?\nWhat do unions and worker centers need from the coalition?"),
    ];

    private static readonly (string Name, string Organization, ParticipantRole Role)[] Guests =
    [
        ("Maria Alvarez", "Metro Community College", ParticipantRole.PublicServant),
        ("James Carter", "Regional Hospital Association", ParticipantRole.Employer),
        ("Aisha Thompson", "Neighborhood Workers Center", ParticipantRole.Advocate),
        ("Daniel Kim", "County Economic Development Office", ParticipantRole.PublicServant),
        ("Rosa Martinez", "Eastside Residents Association", ParticipantRole.CommunityMember),
    ];

    public static async Task SeedAsync(AppDbContext db, ProgramEdition program, List<CohortRegion> regions, string staffId, ProgramCalendar calendar, DateOnly today,
        Func<DateOnly, int, DateTime> at)
    {
        var topics = Topics.Select((t, i) => new LearningTopic { ProgramEditionId = program.Id, Name = t.Name, LearningQuestions = t.Questions, Position = i + 1 }).ToList();
        db.LearningTopics.AddRange(topics);
        await db.SaveChangesAsync();
        var owners = new List<(string Id, string Name, string Email)>();
        foreach (var region in regions)
            owners.Add(await db.OrganizationMembers.Where(m => m.OrganizationId == region.OrganizationId).Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email })
                .Select(u => ValueTuple.Create(u.Id, u.DisplayName, u.Email!)).FirstAsync());

        LearningSession Session(string title, SessionKind kind, SessionFormat format, DateOnly day, int fromHour, int toHour, int[] topicIndexes, int? capacity, string description) => new()
        {
            ProgramEditionId = program.Id, Title = title, Kind = kind, Format = format, TimeZoneId = program.TimeZoneId, StartsAtUtc = at(day, fromHour), EndsAtUtc = at(day, toHour),
            Place = format == SessionFormat.Virtual ? "" : "Convening Center, 1200 Main Street",
            VirtualLink = format == SessionFormat.InPerson ? "" : $"https://meet.example.org/raaqj-{day:yyyyMMdd}", Facilitator = "Program team", Capacity = capacity,
            Description = description, CreatedAtUtc = at(day.AddDays(-30), 9), UpdatedAtUtc = at(day.AddDays(-30), 9),
            Topics = topicIndexes.Select(i => new SessionTopic { LearningTopicId = topics[i].Id }).ToList(),
        };
        var launch = Session("Cohort launch convening", SessionKind.LaunchConvening, SessionFormat.InPerson, Next(calendar.FirstDayOf(8).AddDays(7), DayOfWeek.Thursday), 9, 16, [0, 2], 80,
            "The six regions meet for the first time, share their starting points and agree the learning agenda.");
        var jobQuality = Session("Job quality 101: measuring what matters", SessionKind.Webinar, SessionFormat.Virtual, Next(calendar.FirstDayOf(9).AddDays(7), DayOfWeek.Tuesday), 13, 14, [0], null,
            "The six dimensions of job quality and the survey items regions can use to measure them.");
        var peers = Session("Peer exchange: bringing employers to the table", SessionKind.PeerExchange, SessionFormat.Hybrid, Next(today.AddDays(-14), DayOfWeek.Wednesday), 14, 16, [2], 40,
            "Two regions share how they recruited their first employer champions; the others bring their questions.");
        var hiring = Session("Equitable hiring practices that stick", SessionKind.Webinar, SessionFormat.Virtual, Next(today.AddDays(7), DayOfWeek.Tuesday), 13, 14, [1], 100,
            "Skills-based hiring in practice, with two employers from the cohort's regions.");
        var visit = Session("Site visit: a worker-owned home care cooperative", SessionKind.SiteVisit, SessionFormat.InPerson, Next(today.AddDays(28), DayOfWeek.Thursday), 10, 13, [3], 25,
            "See how a cooperative raised wages and cut turnover; lunch with its worker-owners.");
        db.LearningSessions.AddRange(launch, jobQuality, peers, hiring, visit);
        await db.SaveChangesAsync();

        void Attend(LearningSession session, int region, int guests)
        {
            var owner = owners[region];
            db.SessionRegistrations.Add(new SessionRegistration
            {
                LearningSessionId = session.Id, UserId = owner.Id, CohortRegionId = regions[region].Id, Role = ParticipantRole.Advocate, RegisteredAtUtc = session.CreatedAtUtc.AddDays(2),
            });
            db.SessionAttendances.Add(Attendance(session, owner.Id, owner.Name, owner.Email, null, regions[region].Id, ParticipantRole.Advocate, staffId));
            foreach (var guest in Guests.Skip(region % 2).Take(guests))
            {
                var email = $"{guest.Name.ToLowerInvariant().Replace(' ', '.')}.{region + 1}@example.org";
                db.SessionAttendances.Add(Attendance(session, null, guest.Name, email, guest.Organization, regions[region].Id, guest.Role, staffId));
            }
        }
        for (var region = 0; region < regions.Count; region++)
        {
            Attend(launch, region, 3);
            if (region < 4)
                Attend(jobQuality, region, 1);
            if (region % 2 == 0)
                Attend(peers, region, 2);
        }
        foreach (var (session, ratings) in new[] { (launch, new[] { 5, 5, 4, 5, 4, 5 }), (jobQuality, new[] { 4, 5, 3, 4 }), (peers, new[] { 5, 4, 5 }) })
            for (var i = 0; i < ratings.Length; i++)
            {
                var region = session == peers ? i * 2 : i;
                db.SessionFeedback.Add(new SessionFeedback
                {
                    LearningSessionId = session.Id, UserId = owners[region].Id, Rating = ratings[i], GivenAtUtc = session.EndsAtUtc.AddHours(20),
                    Comment = ratings[i] == 5 ? "Exactly what our coalition needed." : ratings[i] == 4 ? "Useful; more time for questions next time." : "Good content, but too fast for us.",
                });
            }
        foreach (var region in new[] { 0, 1 })
            db.SessionRegistrations.Add(new SessionRegistration
            {
                LearningSessionId = hiring.Id, UserId = owners[region].Id, CohortRegionId = regions[region].Id, Role = ParticipantRole.Advocate, RegisteredAtUtc = at(today.AddDays(-2), 11),
            });
        db.CommunityResources.AddRange(
            new CommunityResource
            {
                ProgramEditionId = program.Id, LearningTopicId = topics[0].Id, Title = "Good Jobs Principles (U.S. Department of Labor)", Url = "https://www.dol.gov/general/good-jobs/principles",
                AddedByUserId = staffId, AddedAtUtc = at(calendar.FirstDayOf(8), 9),
            },
            new CommunityResource
            {
                ProgramEditionId = program.Id, LearningTopicId = topics[0].Id, LearningSessionId = jobQuality.Id, Title = "Webinar recording: Job quality 101",
                Url = "https://meet.example.org/recordings/job-quality-101", AddedByUserId = staffId, AddedAtUtc = jobQuality.EndsAtUtc.AddDays(1),
            });
        await db.SaveChangesAsync();
    }

    // The first such weekday on or after a day: sessions fall on working days.
    private static DateOnly Next(DateOnly from, DayOfWeek day) => from.AddDays(((int)day - (int)from.DayOfWeek + 7) % 7);

    private static SessionAttendance Attendance(LearningSession session, string? userId, string name, string email, string? organization, int regionId, ParticipantRole role,
        string staffId) =>
        new()
        {
            LearningSessionId = session.Id, UserId = userId, Name = name, Email = email, Organization = organization, CohortRegionId = regionId, Role = role,
            PersonKey = PeopleEquipped.KeyOf(new Participation(email, name, organization, null, role, session.StartsAtUtc)), RecordedByUserId = staffId, RecordedAtUtc = session.EndsAtUtc,
        };
}
