using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Data.Seed;

// A submitted proposal for the first demo organization, a half-written draft for the second, and complete regions for the others.
public static class DemoProposals
{
    public static Proposal Submitted(int rfpId, int organizationId, DateTime nowUtc) => new()
    {
        RequestForActionId = rfpId, OrganizationId = organizationId, CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
        RegionName = "Northeast Ohio",
        Counties = new[] { "39035", "39085", "39093", "39103", "39153" }.Select(f => new ProposalCounty { Fips = f, StateCode = "OH" }).ToList(),
        IsPermanent = true, PermanentEvidence = "Chartered by the State of Ohio in 1998 as the region's workforce development board, with a standing board appointed by five county commissions.",
        IsPlaceBased = true, PlaceBasedEvidence = "Serves Cuyahoga, Lake, Lorain, Medina and Summit counties only; offices in Cleveland, Lorain and Akron.",
        HasConvened = true, ConvenedEvidence = "Has convened the Healthcare Pathways Table (14 employers, 9 training providers) since 2019 and the Manufacturing Works partnership since 2016.",
        Strategy = "Northeast Ohio will grow its healthcare and advanced manufacturing sectors by opening their middle-skill jobs to residents without four-year degrees, Black workers, women and people returning from incarceration.\n\nEmployers commit to skills-based hiring and paid training; Cuyahoga Community College and Lorain County Community College deliver short credentials tied to those jobs; community organizations recruit and support participants; the county and city align public workforce dollars. Together the stakeholders will co-design a job quality agenda that raises starting wages, stabilizes schedules and builds clear advancement ladders.",
        PopulationFigures =
        [
            new() { Population = PriorityPopulation.WithoutFourYearDegree, Count = 1_020_000, SharePercent = 64.10m, Source = "American Community Survey 5-year estimates, table S1501", Year = 2023 },
            new() { Population = PriorityPopulation.BlackLearnersAndWorkers, Count = 338_000, SharePercent = 21.20m, Source = "American Community Survey 5-year estimates, table B02001", Year = 2023 },
            new() { Population = PriorityPopulation.Women, Count = 812_000, SharePercent = 51.00m, Source = "American Community Survey 5-year estimates, table S0101", Year = 2023 },
            new() { Population = PriorityPopulation.PeopleWithCriminalRecords, Count = 190_000, SharePercent = 11.90m, Source = "Ohio Department of Rehabilitation and Correction, release data", Year = 2022 },
        ],
        Stakeholders =
        [
            new() { Position = 1, Name = "Cleveland Clinic", Sector = StakeholderSector.PrivateEmployer, Role = "Co-chairs the employer council; commits to skills-based hiring for 300 patient-care roles.", HasCommitmentLetter = false },
            new() { Position = 2, Name = "Cuyahoga County Department of Development", Sector = StakeholderSector.PublicAgency, Role = "Aligns county workforce funds and shares wage-record data." },
            new() { Position = 3, Name = "Cuyahoga Community College", Sector = StakeholderSector.EducationAndTraining, Role = "Designs short credentials with employers." },
            new() { Position = 4, Name = "Towards Employment", Sector = StakeholderSector.CommunityBasedOrganization, Role = "Recruits and supports returning citizens." },
            new() { Position = 5, Name = "SEIU District 1199", Sector = StakeholderSector.LaborOrWorkerOrganization, Role = "Brings workers' voice to the job quality standards." },
        ],
        Partnerships =
        [
            new() { Position = 1, Partner = "Healthcare Pathways Table", StartYear = 2019, Achievements = "1,200 residents without degrees placed in patient-care jobs paying at least $18 an hour." },
            new() { Position = 2, Partner = "Regional apprenticeship consortium", StartYear = 2016, EndYear = 2022, Achievements = "Registered 450 manufacturing apprentices, 38% women.", WithProgramOrganization = true },
        ],
        JobQualityDimensions = JobQualityDimension.LivingWage | JobQualityDimension.Stability | JobQualityDimension.EconomicAdvancement,
        JobQualityRationale = "Starting wages in patient care lag the region's living wage by $3 an hour, schedules change weekly, and few entry roles lead anywhere. These three dimensions are where employers have committed to move.",
        AmountRequested = 150_000m, TotalBudget = 420_000m,
        FundraisingNarrative = "Cuyahoga County has committed workforce funds; two regional foundations are considering grants; employers contribute staff time to the council.",
        MatchCommitments =
        [
            new() { Position = 1, Source = "Cuyahoga County", Kind = MatchKind.Public, Amount = 100_000m, IsCommitted = true },
            new() { Position = 2, Source = "The George Gund Foundation", Kind = MatchKind.Philanthropic, Amount = 75_000m, IsCommitted = false },
            new() { Position = 3, Source = "Employer council staff time", Kind = MatchKind.InKind, Amount = 20_000m, IsCommitted = true },
        ],
    };

    public static Proposal Draft(int rfpId, int organizationId, DateTime nowUtc) => new()
    {
        RequestForActionId = rfpId, OrganizationId = organizationId, CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
        RegionName = "Charlotte-Piedmont",
        Counties = [new() { Fips = "37119", StateCode = "NC" }, new() { Fips = "37025", StateCode = "NC" }, new() { Fips = "45091", StateCode = "SC" }],
        IsPermanent = true, PermanentEvidence = "A community foundation since 1983.",
        Strategy = "Draft: connect residents of eleven counties to logistics and banking careers through the Economic Mobility Collaborative.",
        PopulationFigures = ProposalLabels.Populations.Select(p => new PopulationFigure { Population = p }).ToList(),
        Stakeholders = [new() { Position = 1, Name = "Bank of America", Sector = StakeholderSector.PrivateEmployer, Role = "Employer partner" }],
    };

    // A complete region of the demo: its counties (FIPS with state), its asks and pledges, and how strong its figures are.
    public sealed record Region(
        string Name, (string Fips, string State)[] Counties, decimal Requested, decimal Committed, decimal Pending, int Partnerships, decimal ShareBoost, int Quality);

    // Eight more complete regions with different strengths, so ranking, portfolio and map have real choices: two
    // in Ohio (for the one-region-per-state rule), one across two states, one with no local match yet. Quality
    // (1-5) is what the demo reviewers' scores are built around.
    public static readonly IReadOnlyList<Region> OtherRegions =
    [
        new("Rio Grande Valley", [("48061", "TX"), ("48215", "TX")], 140_000m, 90_000m, 0m, 2, 9m, 4),
        new("Metro Atlanta", [("13121", "GA"), ("13089", "GA")], 160_000m, 0m, 40_000m, 1, 4m, 3),
        new("Inland Empire", [("06065", "CA"), ("06071", "CA")], 150_000m, 120_000m, 0m, 1, 2m, 4),
        new("Greater Kansas City", [("29095", "MO"), ("20209", "KS"), ("20091", "KS")], 175_000m, 60_000m, 60_000m, 3, 3m, 4),
        new("Southwestern Pennsylvania", [("42003", "PA"), ("42125", "PA"), ("42129", "PA")], 150_000m, 45_000m, 0m, 1, 1m, 3),
        new("Mississippi Delta", [("28151", "MS"), ("28011", "MS"), ("28133", "MS"), ("28083", "MS")], 125_000m, 0m, 0m, 1, 14m, 3),
        new("Puget Sound", [("53033", "WA"), ("53053", "WA"), ("53061", "WA")], 200_000m, 80_000m, 100_000m, 2, 0m, 5),
        new("Central Ohio", [("39049", "OH"), ("39041", "OH"), ("39089", "OH")], 140_000m, 50_000m, 20_000m, 1, 3m, 2),
    ];

    // The inaugural cohort: the six regions the first round selected, now in the program's regional planning.
    public static readonly IReadOnlyList<Region> InauguralCohort =
    [
        new("Greater Louisville", [("21111", "KY"), ("18019", "IN")], 150_000m, 75_000m, 25_000m, 2, 6m, 5),
        new("Twin Cities", [("27053", "MN"), ("27123", "MN")], 175_000m, 100_000m, 0m, 3, 3m, 5),
        new("Greater New Orleans", [("22071", "LA"), ("22051", "LA")], 140_000m, 60_000m, 40_000m, 2, 11m, 4),
        new("Denver Metro", [("08031", "CO"), ("08001", "CO")], 160_000m, 90_000m, 30_000m, 2, 2m, 4),
        new("Southeast Michigan", [("26163", "MI"), ("26125", "MI")], 180_000m, 120_000m, 0m, 3, 7m, 5),
        new("San Joaquin Valley", [("06019", "CA"), ("06107", "CA")], 130_000m, 50_000m, 50_000m, 1, 9m, 4),
    ];

    public static Proposal OtherRegion(int index, int rfpId, int organizationId, DateTime nowUtc) => ForRegion(OtherRegions[index], index, rfpId, organizationId, nowUtc);

    public static Proposal ForRegion(Region region, int index, int rfpId, int organizationId, DateTime nowUtc)
    {
        var name = region.Name;
        return new Proposal
        {
            RequestForActionId = rfpId, OrganizationId = organizationId, CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
            RegionName = name,
            Counties = region.Counties.Select(c => new ProposalCounty { Fips = c.Fips, StateCode = c.State }).ToList(),
            IsPermanent = true, PermanentEvidence = "A permanent public-purpose body established by statute.",
            IsPlaceBased = true, PlaceBasedEvidence = $"Serves the {name} region only.",
            HasConvened = true, ConvenedEvidence = "Has convened sector partnerships of employers and colleges for a decade.",
            Strategy = $"{name} will expand quality jobs in health care, logistics and advanced manufacturing for residents facing systemic barriers, with employers committing to paid training and clear advancement.",
            PopulationFigures = ProposalLabels.Populations.Select((p, i) => new PopulationFigure
            {
                Population = p, Count = 80_000 + 20_000 * i + 5_000 * index, SharePercent = 18.5m + 7 * i + region.ShareBoost, Source = "American Community Survey 5-year estimates", Year = 2023,
            }).ToList(),
            Stakeholders =
            [
                new() { Position = 1, Name = $"{name} Health System", Sector = StakeholderSector.PrivateEmployer, Role = "Employer council chair" },
                new() { Position = 2, Name = $"{name} County government", Sector = StakeholderSector.PublicAgency, Role = "Public funding and data" },
                new() { Position = 3, Name = $"{name} Community College", Sector = StakeholderSector.EducationAndTraining, Role = "Credentials" },
            ],
            Partnerships = Enumerable.Range(1, region.Partnerships).Select(n => new PastPartnership
            {
                Position = n, Partner = n == 1 ? $"{name} sector partnership" : $"{name} partnership {n}", StartYear = 2012 + n + index, Achievements = "Hundreds of placements into living-wage jobs.",
            }).ToList(),
            JobQualityDimensions = JobQualityDimension.LivingWage | JobQualityDimension.Benefits,
            JobQualityRationale = "Wages and benefits are where the region falls furthest behind.",
            AmountRequested = region.Requested, TotalBudget = region.Requested * 2.5m,
            FundraisingNarrative = "Public funds and regional philanthropy.",
            MatchCommitments = new[] { (Source: $"{name} Community Foundation", Amount: region.Committed, Committed: true), (Source: $"{name} county workforce funds", Amount: region.Pending, Committed: false) }
                .Where(m => m.Amount > 0)
                .Select((m, i) => new MatchCommitment { Position = i + 1, Source = m.Source, Kind = m.Committed ? MatchKind.Philanthropic : MatchKind.Public, Amount = m.Amount, IsCommitted = m.Committed })
                .ToList(),
        };
    }
}
