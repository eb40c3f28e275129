using Raaqj.Web.Domain.Outreach;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data.Seed;

// The program's outreach in its first months: seven target regions, three of which proposed from their counties and
// were selected (Greater Louisville, Twin Cities, Denver Metro: the funnel finds them on its own), the others
// identified, contacted or interested.
public static class DemoOutreach
{
    private static readonly (string Name, OutreachStage Stage, string Why, (string Fips, string State)[] Counties)[] Targets =
    [
        ("Greater Louisville", OutreachStage.Interested, "A workforce board that already convenes employers across the river, and a logistics sector growing fast.", [("21111", "KY")]),
        ("Twin Cities", OutreachStage.Contacted, "Strong regional philanthropy and a community foundation ready to match.", [("27053", "MN"), ("27123", "MN")]),
        ("Denver Metro", OutreachStage.Contacted, "Public funding for job quality already in the state budget.", [("08031", "CO")]),
        ("Greater Birmingham", OutreachStage.Interested, "Health care and manufacturing employers asking for help to keep workers.", [("01073", "AL")]),
        ("Cincinnati region", OutreachStage.Contacted, "A sector partnership with a decade of employer commitments.", [("39061", "OH"), ("21117", "KY")]),
        ("Greater Memphis", OutreachStage.Contacted, "Logistics jobs with high turnover and a community college ready to partner.", [("47157", "TN")]),
        ("Phoenix", OutreachStage.Identified, "The fastest-growing labor market of the Southwest.", [("04013", "AZ")]),
    ];

    public static void Seed(AppDbContext db, ProgramEdition program, ProgramCalendar calendar, Func<DateOnly, int, DateTime> at) =>
        db.TargetRegions.AddRange(Targets.Select((t, i) => new TargetRegion
        {
            ProgramEditionId = program.Id, Name = t.Name, Stage = t.Stage, Why = t.Why, ContactName = "Executive director", ContactOrganization = $"{t.Name} partner",
            CreatedAtUtc = at(calendar.FirstDayOf(1).AddDays(3 + i), 10), UpdatedAtUtc = at(calendar.FirstDayOf(2).AddDays(i), 10),
            Counties = t.Counties.Select(c => new TargetRegionCounty { Fips = c.Fips, StateCode = c.State }).ToList(),
        }));
}
