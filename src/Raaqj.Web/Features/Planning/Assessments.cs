using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;

namespace Raaqj.Web.Features.Planning;

public sealed record AssessmentRow(int Id, AssessmentKind Kind, string Instrument, int InstrumentVersion, string Label, AssessmentStatus Status, int Answered, int Items,
    DateTime StartedAtUtc, DateTime? SubmittedAtUtc);

public sealed record KindSummary(AssessmentKind Kind, string Name, IReadOnlyList<CapacityGap> Gaps, IReadOnlyList<ElementChange> Change, string? From, string? To)
{
    // The latest assessment's average by element: the region's profile.
    public IReadOnlyList<ElementScore> Profile { get; init; } = [];
}

public sealed record AssessmentsModel(RegionHeader Region, IReadOnlyList<AssessmentRow> Assessments, IReadOnlyList<KindSummary> Kinds, bool MayContribute,
    IReadOnlyDictionary<int, string> Areas);

public sealed record ItemView(int Id, string Text, string[] Levels, int? Score, string Note, Guid? Version, string? AnsweredBy, DateTime? AnsweredAtUtc);

public sealed record ElementView(int Id, string Name, IReadOnlyList<ItemView> Items);

public sealed record AssessmentModel(RegionHeader Region, int Id, string Instrument, AssessmentKind Kind, string Label, AssessmentStatus Status, IReadOnlyList<ElementView> Elements,
    Guid Version, DateTime? SubmittedAtUtc, string ReviewNote, bool MayEdit, bool IsStaff)
{
    public int Answered => Elements.Sum(e => e.Items.Count(i => i.Score is not null));

    public int Items => Elements.Sum(e => e.Items.Count);
}

// One element's scores as a person sent them, with the version of each answer they started from.
public sealed class ElementForm
{
    public List<ItemAnswer> Items { get; set; } = [];
}

public sealed class ItemAnswer
{
    public int ItemId { get; set; }
    public int? Score { get; set; }
    public string Note { get; set; } = "";
    public Guid? Version { get; set; }
}

// A region's readiness assessments: its team starts one on the current version of an instrument, scores it element by
// element (each answer its own row: two people on different elements both keep their work, two on the same item,
// the second is told), and submits it once every item is scored; staff review it. Its gaps and the change since the
// previous one show on the region's assessments page. Submitting proves the region's assessment milestone.
public sealed class AssessmentsHandler(AppDbContext db, RegionPages regions, RegionAccess access, ProgramEventHandler programEvents, ProgramClock clock, CurrentUser user,
    AuditLog audit)
{
    public static string KindName(AssessmentKind kind) => kind == AssessmentKind.OrganizationalReadiness ? "Organizational readiness" : "Community readiness";

    public async Task<AssessmentsModel?> ListAsync(int regionId)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var rows = await db.RegionAssessments.AsNoTracking().Where(a => a.CohortRegionId == regionId).OrderByDescending(a => a.StartedAtUtc)
            .Join(db.AssessmentInstruments, a => a.AssessmentInstrumentId, i => i.Id, (a, i) => new AssessmentRow(a.Id, i.Kind, i.Name, i.Version, a.Label, a.Status,
                a.Answers.Count, db.AssessmentItems.Count(item => db.AssessmentElements.Any(e => e.Id == item.AssessmentElementId && e.AssessmentInstrumentId == i.Id)),
                a.StartedAtUtc, a.SubmittedAtUtc)).ToListAsync();
        var kinds = new List<KindSummary>();
        foreach (var kind in Enum.GetValues<AssessmentKind>())
        {
            var submitted = rows.Where(r => r.Kind == kind && r.Status != AssessmentStatus.Draft).OrderByDescending(r => r.SubmittedAtUtc).ThenByDescending(r => r.Id).Take(2).ToList();
            if (submitted.Count == 0)
            {
                kinds.Add(new KindSummary(kind, KindName(kind), [], [], null, null));
                continue;
            }
            var latest = await ScoredAsync(submitted[0].Id);
            var change = submitted.Count < 2 ? [] : AssessmentRules.Change(AssessmentRules.Elements(await ScoredAsync(submitted[1].Id)), AssessmentRules.Elements(latest));
            kinds.Add(new KindSummary(kind, KindName(kind), AssessmentRules.Gaps(latest), change, submitted.ElementAtOrDefault(1)?.Label, submitted[0].Label)
            {
                Profile = AssessmentRules.Elements(latest),
            });
        }
        var areas = await db.ExpertAreas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name);
        return new AssessmentsModel(region, rows, kinds, await access.MayAsync(RecordAction.ContributeToRegion, regionId), areas);
    }

    public async Task<Outcome<int>> StartAsync(int regionId, AssessmentKind kind, string? label)
    {
        if (await regions.FindAsync(regionId) is not { } region || !await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return Outcome<int>.Of(Outcome.NotFound);
        if (!Enum.IsDefined(kind))
            return Outcome<int>.Of(Outcome.Invalid("", "Choose an assessment."));
        var instrument = await db.AssessmentInstruments.AsNoTracking().Where(i => i.Kind == kind && i.IsCurrent).OrderByDescending(i => i.Version).FirstOrDefaultAsync();
        if (instrument is null)
            return Outcome<int>.Of(Outcome.Invalid("", "This assessment has no instrument yet: ask the program team."));
        if (await db.RegionAssessments.AnyAsync(a => a.CohortRegionId == regionId && a.Status == AssessmentStatus.Draft
            && db.AssessmentInstruments.Any(i => i.Id == a.AssessmentInstrumentId && i.Kind == kind)))
            return Outcome<int>.Of(Outcome.Invalid("", $"A draft {KindName(kind).ToLowerInvariant()} assessment is open already: finish it first."));
        var now = clock.UtcNow;
        var month = region.Program.Calendar.MonthAt(now);
        var assessment = new RegionAssessment
        {
            CohortRegionId = regionId, AssessmentInstrumentId = instrument.Id, Status = AssessmentStatus.Draft, StartedByUserId = user.Id!, StartedAtUtc = now, UpdatedAtUtc = now,
            Label = string.IsNullOrWhiteSpace(label) ? $"Month {month}" : label.Trim()[..Math.Min(label.Trim().Length, RegionAssessment.LabelMaxLength)],
        };
        db.RegionAssessments.Add(assessment);
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync();
            audit.Record(AuditActions.AssessmentStarted, nameof(RegionAssessment), assessment.Id.ToString(),
                $"{region.Name} started the {KindName(kind).ToLowerInvariant()} assessment ({assessment.Label})");
            await db.SaveChangesAsync();
            return true;
        });
        return Outcome<int>.DoneWith(assessment.Id);
    }

    public async Task<AssessmentModel?> LoadAsync(int regionId, int assessmentId)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var assessment = await db.RegionAssessments.AsNoTracking().Where(a => a.Id == assessmentId && a.CohortRegionId == regionId)
            .Join(db.AssessmentInstruments, a => a.AssessmentInstrumentId, i => i.Id, (a, i) => new { a, i.Name, i.Kind }).FirstOrDefaultAsync();
        if (assessment is null)
            return null;
        var a = assessment.a;
        var elements = await db.AssessmentElements.AsNoTracking().Where(e => e.AssessmentInstrumentId == a.AssessmentInstrumentId).OrderBy(e => e.Position)
            .Select(e => new { e.Id, e.Name, Items = e.Items.OrderBy(i => i.Position).ToList() }).ToListAsync();
        var answers = await db.AssessmentAnswers.AsNoTracking().Where(x => x.RegionAssessmentId == assessmentId)
            .Select(x => new { x.AssessmentItemId, x.Score, x.Note, x.Version, x.AnsweredAtUtc, By = db.Users.Where(u => u.Id == x.AnsweredByUserId).Select(u => u.DisplayName).First() })
            .ToDictionaryAsync(x => x.AssessmentItemId);
        var relations = await access.ToRegion(regionId);
        return new AssessmentModel(region, a.Id, assessment.Name, assessment.Kind, a.Label, a.Status,
            elements.Select(e => new ElementView(e.Id, e.Name, e.Items.Select(i =>
            {
                var answer = answers.GetValueOrDefault(i.Id);
                return new ItemView(i.Id, i.Text, [i.Level1, i.Level2, i.Level3, i.Level4], answer?.Score, answer?.Note ?? "", answer?.Version, answer?.By, answer?.AnsweredAtUtc);
            }).ToList())).ToList(),
            a.Version, a.SubmittedAtUtc, a.ReviewNote, a.Status == AssessmentStatus.Draft && Permissions.Allows(RecordAction.ContributeToRegion, relations),
            relations.Contains(Relation.Staff));
    }

    // Saves one element's scores. Each answer is checked against the version the person started from: if someone
    // else scored the same item since, nothing of the element is saved and the person is told.
    public async Task<Outcome> SaveElementAsync(int regionId, int assessmentId, int elementId, ElementForm form)
    {
        if (!await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return Outcome.NotFound;
        var assessment = await db.RegionAssessments.FirstOrDefaultAsync(a => a.Id == assessmentId && a.CohortRegionId == regionId);
        if (assessment is null)
            return Outcome.NotFound;
        var items = await db.AssessmentItems.AsNoTracking().Where(i => i.AssessmentElementId == elementId
            && db.AssessmentElements.Any(e => e.Id == elementId && e.AssessmentInstrumentId == assessment.AssessmentInstrumentId)).Select(i => i.Id).ToListAsync();
        if (items.Count == 0)
            return Outcome.NotFound;
        if (assessment.Status != AssessmentStatus.Draft)
            return Outcome.Invalid("", "This assessment is submitted: its scores can no longer change.");
        var sent = form.Items.Where(i => items.Contains(i.ItemId)).ToList();
        if (sent.Any(i => i.Score is { } score && !AssessmentRules.IsScore(score)))
            return Outcome.Invalid("", "Choose a score from 1 to 4.");
        if (sent.Any(i => i.Note.Length > AssessmentAnswer.NoteMaxLength))
            return Outcome.Invalid("", $"Keep each note under {AssessmentAnswer.NoteMaxLength} characters.");
        var existing = await db.AssessmentAnswers.Where(x => x.RegionAssessmentId == assessmentId && items.Contains(x.AssessmentItemId)).ToDictionaryAsync(x => x.AssessmentItemId);
        var now = clock.UtcNow;
        var changed = 0;
        foreach (var item in sent.Where(i => i.Score is not null))
        {
            var answer = existing.GetValueOrDefault(item.ItemId);
            // Scored by someone else since this person loaded the page: nothing of the element is saved.
            if (answer?.Version != item.Version && !(answer is null && item.Version is null))
                return Outcome.Conflict("Someone scored this element while you were working on it. Their scores are shown; check them and save yours again.");
            if (answer is not null && answer.Score == item.Score && answer.Note == item.Note.Trim())
                continue;
            if (answer is null)
                db.AssessmentAnswers.Add(answer = new AssessmentAnswer { RegionAssessmentId = assessmentId, AssessmentItemId = item.ItemId });
            else
                db.Entry(answer).Property(x => x.Version).OriginalValue = item.Version!.Value;
            answer.Score = item.Score!.Value;
            answer.Note = item.Note.Trim();
            answer.AnsweredByUserId = user.Id!;
            answer.AnsweredAtUtc = now;
            answer.Version = Guid.NewGuid();
            changed++;
        }
        if (changed == 0)
            return Outcome.Done;
        // Updating the assessment checks its version: a save racing the submit is refused, two saves of different elements are not.
        assessment.UpdatedAtUtc = now;
        audit.Record(AuditActions.AssessmentScored, nameof(RegionAssessment), assessmentId.ToString(), $"{changed} {(changed == 1 ? "item" : "items")} scored",
            after: sent.Where(i => i.Score is not null).Select(i => new { i.ItemId, i.Score }).ToList());
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Outcome.Conflict("Someone scored this element while you were working on it. Their scores are shown; check them and save yours again.");
        }
        return Outcome.Done;
    }

    public async Task<Outcome> SubmitAsync(int regionId, int assessmentId, Guid version)
    {
        if (await regions.FindAsync(regionId) is not { } region || !await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return Outcome.NotFound;
        var assessment = await db.RegionAssessments.FirstOrDefaultAsync(a => a.Id == assessmentId && a.CohortRegionId == regionId);
        if (assessment is null)
            return Outcome.NotFound;
        if (assessment.Status != AssessmentStatus.Draft)
            return Outcome.Done;
        if (assessment.Version != version)
            return Outcome.Conflict("The assessment changed since you opened it. Check it and submit again.");
        var problems = AssessmentRules.CanSubmit(await ScoredAsync(assessmentId));
        if (problems.Count > 0)
            return Outcome.From(problems);
        var kind = await db.AssessmentInstruments.Where(i => i.Id == assessment.AssessmentInstrumentId).Select(i => i.Kind).SingleAsync();
        var now = clock.UtcNow;
        db.Entry(assessment).Property(a => a.Version).OriginalValue = version;
        assessment.Status = AssessmentStatus.Submitted;
        assessment.SubmittedAtUtc = now;
        assessment.SubmittedByUserId = user.Id;
        assessment.UpdatedAtUtc = now;
        assessment.Version = Guid.NewGuid();
        audit.Record(AuditActions.AssessmentSubmitted, nameof(RegionAssessment), assessment.Id.ToString(), $"{region.Name} submitted its {KindName(kind).ToLowerInvariant()} assessment ({assessment.Label})",
            new { Status = nameof(AssessmentStatus.Draft) }, new { Status = nameof(AssessmentStatus.Submitted) });
        if (region.Program.RequestForActionId is { } rfp)
            await programEvents.RaiseAsync(kind == AssessmentKind.OrganizationalReadiness ? ProgramEvents.OrganizationalAssessmentSubmitted : ProgramEvents.CommunityAssessmentSubmitted,
                rfp, regionId, $"{KindName(kind)} assessment \"{assessment.Label}\" submitted.", null);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome.Conflict("The assessment changed since you opened it. Check it and submit again.");
        }
        return Outcome.Done;
    }

    public async Task<Outcome> ReviewAsync(int regionId, int assessmentId, string? note)
    {
        var relations = await access.ToRegion(regionId);
        if (!relations.Contains(Relation.Staff))
            return Outcome.NotFound;
        var assessment = await db.RegionAssessments.FirstOrDefaultAsync(a => a.Id == assessmentId && a.CohortRegionId == regionId);
        if (assessment is null)
            return Outcome.NotFound;
        if (assessment.Status == AssessmentStatus.Draft)
            return Outcome.Invalid("", "The region has not submitted this assessment yet.");
        note = (note ?? "").Trim();
        if (note.Length > RegionAssessment.NoteMaxLength)
            return Outcome.Invalid("", $"Keep the review note under {RegionAssessment.NoteMaxLength} characters.");
        var before = new { Status = assessment.Status.ToString(), assessment.ReviewNote };
        assessment.Status = AssessmentStatus.Reviewed;
        assessment.ReviewNote = note;
        assessment.ReviewedAtUtc = clock.UtcNow;
        assessment.ReviewedByUserId = user.Id;
        assessment.Version = Guid.NewGuid();
        audit.Record(AuditActions.AssessmentReviewed, nameof(RegionAssessment), assessment.Id.ToString(), $"Reviewed the assessment \"{assessment.Label}\"", before,
            new { Status = assessment.Status.ToString(), assessment.ReviewNote });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    // Every item of the assessment's instrument with its score, for the rules.
    private async Task<List<ScoredItem>> ScoredAsync(int assessmentId)
    {
        var instrument = await db.RegionAssessments.AsNoTracking().Where(a => a.Id == assessmentId).Select(a => a.AssessmentInstrumentId).SingleAsync();
        var scores = await db.AssessmentAnswers.AsNoTracking().Where(x => x.RegionAssessmentId == assessmentId).ToDictionaryAsync(x => x.AssessmentItemId, x => x.Score);
        var items = await db.AssessmentItems.AsNoTracking()
            .Join(db.AssessmentElements.Where(e => e.AssessmentInstrumentId == instrument), i => i.AssessmentElementId, e => e.Id, (i, e) => new
            {
                e.Key, e.Name, ElementPosition = e.Position, i.Id, i.Text, i.Position, i.ExpertAreaId,
            }).OrderBy(i => i.ElementPosition).ThenBy(i => i.Position).ToListAsync();
        return items.Select(i => new ScoredItem(i.Key, i.Name, i.Id, i.Text, scores.TryGetValue(i.Id, out var score) ? score : null, i.ExpertAreaId)).ToList();
    }
}
