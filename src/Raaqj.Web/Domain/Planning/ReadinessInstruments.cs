namespace Raaqj.Web.Domain.Planning;

// The two readiness instruments a program starts with (version 1), written for the program's regional coalitions
// after the McKinsey capacity grid: each item scored 1 (not yet) to 4 (strong), each mapped to the expert area that
// helps (ExpertArea.Defaults: 1 workforce and economic development, 2 apprenticeship, 3 employer mobilization,
// 4 career-related education, 5 research and evaluation, 6 interventions for focus populations). Staff add versions.
public static class ReadinessInstruments
{
    public sealed record ItemSeed(string Text, int Area, string Level1, string Level2, string Level3, string Level4);

    public sealed record ElementSeed(string Key, string Name, ItemSeed[] Items);

    public sealed record InstrumentSeed(int Id, AssessmentKind Kind, string Name, ElementSeed[] Elements);

    public static readonly IReadOnlyList<InstrumentSeed> Defaults =
    [
        new(1, AssessmentKind.OrganizationalReadiness, "Organizational readiness",
        [
            new("leadership", "Leadership and governance",
            [
                new("Leaders have made job quality an explicit goal of the coalition", 1,
                    "Not discussed by leaders", "Mentioned, without goals", "A stated goal with some targets", "A public goal with targets, owned by the board"),
                new("The coalition has a clear way of making decisions", 1,
                    "No agreed structure", "Informal, depends on a few people", "A written charter, mostly followed", "A working charter with roles, reviewed each year"),
            ]),
            new("partnerships", "Partnerships and convening",
            [
                new("Employers take an active part in the coalition", 3,
                    "No employer involved", "A few attend occasionally", "Several employers attend and act", "Employers co-lead and commit resources"),
                new("Worker organizations and community groups take part", 6,
                    "Not involved", "Consulted now and then", "Regular members of the coalition", "Share decisions and leadership"),
            ]),
            new("data", "Data and evaluation",
            [
                new("The region collects data on job quality", 5,
                    "No data", "Wage data only", "Several dimensions, collected irregularly", "Regular data on every dimension, by population"),
                new("The team uses data to decide what to do", 5,
                    "Decisions without data", "Data looked at afterwards", "Data inform most decisions", "A routine of review and adjustment"),
            ]),
            new("pathways", "Programs and pathways",
            [
                new("Training leads to quality jobs, not just any job", 4,
                    "No link to job quality", "Some programs track wages", "Most programs target quality jobs", "Every program is held to job quality outcomes"),
                new("Earn-and-learn routes (apprenticeships) are available", 2,
                    "None", "One or two, small", "Several, in key sectors", "Registered apprenticeships at scale across sectors"),
            ]),
            new("resources", "Resources and sustainability",
            [
                new("The work has funding beyond the program's own", 1,
                    "None identified", "Prospects only", "Some committed local match", "Diverse, multi-year funding secured"),
                new("The anchor has the staff to lead the work", 1,
                    "No dedicated staff", "Part of one person's time", "A dedicated lead", "A dedicated team with clear roles"),
            ]),
        ]),
        new(2, AssessmentKind.CommunityReadiness, "Community readiness",
        [
            new("understanding", "Shared understanding of job quality",
            [
                new("Partners share a definition of a quality job", 5,
                    "No shared definition", "Different ideas, not discussed", "A draft definition partners accept", "An agreed definition used in decisions"),
                new("The public conversation in the region talks about job quality", 1,
                    "Not at all", "Occasionally, in the press", "Regularly, in public meetings", "A shared regional priority"),
            ]),
            new("employers", "Employer readiness",
            [
                new("Employers see a business case for job quality", 3,
                    "Not yet", "A few champions", "Many are interested", "Employers act and recruit their peers"),
                new("Employers practise equitable hiring", 6,
                    "Degree screens everywhere", "Some skills-based hiring", "Common in key sectors", "The norm, measured and reported"),
            ]),
            new("voice", "Worker voice",
            [
                new("Workers shape the regional agenda", 6,
                    "Not involved", "Surveyed once", "Regular listening sessions", "Workers hold seats in decisions"),
                new("Priority populations are reached and heard", 6,
                    "Not reached", "Reached through one partner", "Reached through several trusted partners", "Lead parts of the work themselves"),
            ]),
            new("policy", "Public policy and systems",
            [
                new("Public agencies align their programs with job quality", 1,
                    "No alignment", "Interest from one agency", "Several agencies align some funding", "Public funding tied to job quality standards"),
                new("Education and training providers adapt to employers and workers", 4,
                    "Little contact", "Ad hoc contact", "Advisory boards in key programs", "Programs co-designed with employers and workers"),
            ]),
        ]),
    ];

    // Stable ids for the seed data, the same in every database.
    public static IEnumerable<AssessmentInstrument> Instruments() => Defaults.Select(i => new AssessmentInstrument
    {
        Id = i.Id, Kind = i.Kind, Name = i.Name, Version = 1, IsCurrent = true, CreatedAtUtc = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc),
    });

    public static IEnumerable<AssessmentElement> Elements() => Defaults.SelectMany(i => i.Elements.Select((e, n) => new AssessmentElement
    {
        Id = ElementId(i.Id, n), AssessmentInstrumentId = i.Id, Key = e.Key, Name = e.Name, Position = n + 1,
    }));

    public static IEnumerable<AssessmentItem> Items() => Defaults.SelectMany(i => i.Elements.SelectMany((e, n) => e.Items.Select((item, m) => new AssessmentItem
    {
        Id = ElementId(i.Id, n) * 10 + m + 1, AssessmentElementId = ElementId(i.Id, n), Position = m + 1, Text = item.Text, ExpertAreaId = item.Area,
        Level1 = item.Level1, Level2 = item.Level2, Level3 = item.Level3, Level4 = item.Level4,
    })));

    private static int ElementId(int instrument, int position) => instrument * 100 + position + 1;
}
