using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Planning;

public sealed record InstrumentRow(int Id, AssessmentKind Kind, string Name, int Version, bool IsCurrent, DateTime CreatedAtUtc, int Assessments)
{
    // A version nobody answered and that is not in use yet: the one staff are preparing.
    public bool IsDraft => !IsCurrent && Assessments == 0;
}

public sealed record InstrumentsModel(IReadOnlyList<InstrumentRow> Instruments);

public sealed class ItemForm
{
    public string Text { get; set; } = "";
    public string Level1 { get; set; } = "";
    public string Level2 { get; set; } = "";
    public string Level3 { get; set; } = "";
    public string Level4 { get; set; } = "";
    public int? ExpertAreaId { get; set; }
}

public sealed record InstrumentItemView(int Id, ItemForm Form);

public sealed record InstrumentElementView(int Id, string Name, IReadOnlyList<InstrumentItemView> Items);

public sealed record InstrumentModel(InstrumentRow Instrument, IReadOnlyList<InstrumentElementView> Elements, IReadOnlyList<(int Id, string Name)> Areas)
{
    public bool Editable => Instrument.IsDraft;
}

// Staff keep the readiness instruments as data. A change is always a new version: the current one is copied (its
// elements keep their keys, so assessments compare across versions), edited while nobody answers it, then made
// current; regions start new assessments on it while every past assessment keeps the version it answered.
public sealed class InstrumentsHandler(AppDbContext db, ProgramClock clock, AuditLog audit)
{
    private const string Frozen = "This version is in use or answered: it cannot change. Start a new version instead.";

    public async Task<InstrumentsModel> ListAsync() => new((await Rows().ToListAsync()).OrderBy(i => i.Kind).ThenByDescending(i => i.Version).ToList());

    public async Task<InstrumentModel?> LoadAsync(int id)
    {
        if (await Rows(id).FirstOrDefaultAsync() is not { } instrument)
            return null;
        var elements = await db.AssessmentElements.AsNoTracking().Where(e => e.AssessmentInstrumentId == id).OrderBy(e => e.Position)
            .Select(e => new { e.Id, e.Name, Items = e.Items.OrderBy(i => i.Position).ToList() }).ToListAsync();
        var areas = await db.ExpertAreas.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync();
        return new InstrumentModel(instrument, elements.Select(e => new InstrumentElementView(e.Id, e.Name, e.Items.Select(i => new InstrumentItemView(i.Id, new ItemForm
        {
            Text = i.Text, Level1 = i.Level1, Level2 = i.Level2, Level3 = i.Level3, Level4 = i.Level4, ExpertAreaId = i.ExpertAreaId,
        })).ToList())).ToList(), areas.Select(a => (a.Id, a.Name)).ToList());
    }

    // Copies the current version of a kind into the next version, unless one is being prepared already.
    public async Task<Outcome<int>> NewVersionAsync(AssessmentKind kind)
    {
        if (!Enum.IsDefined(kind))
            return Outcome<int>.Of(Outcome.NotFound);
        if (await Rows(kind: kind).ToListAsync() is var rows && rows.FirstOrDefault(r => r.IsDraft) is { } draft)
            return Outcome<int>.DoneWith(draft.Id);
        var current = await db.AssessmentInstruments.AsNoTracking().Include(i => i.Elements).ThenInclude(e => e.Items)
            .Where(i => i.Kind == kind && i.IsCurrent).OrderByDescending(i => i.Version).FirstOrDefaultAsync();
        if (current is null)
            return Outcome<int>.Of(Outcome.NotFound);
        var next = new AssessmentInstrument
        {
            Kind = kind, Name = current.Name, Version = rows.Max(r => r.Version) + 1, CreatedAtUtc = clock.UtcNow,
            Elements = current.Elements.Select(e => new AssessmentElement
            {
                Key = e.Key, Name = e.Name, Position = e.Position,
                Items = e.Items.Select(i => new AssessmentItem
                {
                    Position = i.Position, Text = i.Text, Level1 = i.Level1, Level2 = i.Level2, Level3 = i.Level3, Level4 = i.Level4, ExpertAreaId = i.ExpertAreaId,
                }).ToList(),
            }).ToList(),
        };
        db.AssessmentInstruments.Add(next);
        var saved = await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync();
            audit.Record(AuditActions.InstrumentChanged, nameof(AssessmentInstrument), next.Id.ToString(), $"{next.Name}: version {next.Version} started from version {current.Version}");
            await db.SaveChangesAsync();
            return next.Id;
        });
        return Outcome<int>.DoneWith(saved);
    }

    public async Task<Outcome> SaveItemAsync(int instrumentId, int itemId, ItemForm form)
    {
        if (await DraftAsync(instrumentId) is { } refusal)
            return refusal;
        var item = await db.AssessmentItems.FirstOrDefaultAsync(i => i.Id == itemId && db.AssessmentElements.Any(e => e.Id == i.AssessmentElementId && e.AssessmentInstrumentId == instrumentId));
        if (item is null)
            return Outcome.NotFound;
        var problems = Check(form);
        if (problems is not null)
            return problems;
        var before = new { item.Text, item.Level1, item.Level2, item.Level3, item.Level4, item.ExpertAreaId };
        (item.Text, item.Level1, item.Level2, item.Level3, item.Level4, item.ExpertAreaId) =
            (form.Text.Trim(), form.Level1.Trim(), form.Level2.Trim(), form.Level3.Trim(), form.Level4.Trim(), form.ExpertAreaId);
        audit.Record(AuditActions.InstrumentChanged, nameof(AssessmentInstrument), instrumentId.ToString(), $"Item {itemId} changed", before,
            new { item.Text, item.Level1, item.Level2, item.Level3, item.Level4, item.ExpertAreaId });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    public async Task<Outcome> AddItemAsync(int instrumentId, int elementId, ItemForm form)
    {
        if (await DraftAsync(instrumentId) is { } refusal)
            return refusal;
        if (!await db.AssessmentElements.AnyAsync(e => e.Id == elementId && e.AssessmentInstrumentId == instrumentId))
            return Outcome.NotFound;
        if (Check(form) is { } problems)
            return problems;
        var position = await db.AssessmentItems.Where(i => i.AssessmentElementId == elementId).MaxAsync(i => (int?)i.Position) ?? 0;
        db.AssessmentItems.Add(new AssessmentItem
        {
            AssessmentElementId = elementId, Position = position + 1, Text = form.Text.Trim(), Level1 = form.Level1.Trim(), Level2 = form.Level2.Trim(), Level3 = form.Level3.Trim(),
            Level4 = form.Level4.Trim(), ExpertAreaId = form.ExpertAreaId,
        });
        audit.Record(AuditActions.InstrumentChanged, nameof(AssessmentInstrument), instrumentId.ToString(), $"Item added to element {elementId}", after: new { form.Text });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    public async Task<Outcome> RemoveItemAsync(int instrumentId, int itemId)
    {
        if (await DraftAsync(instrumentId) is { } refusal)
            return refusal;
        var item = await db.AssessmentItems.FirstOrDefaultAsync(i => i.Id == itemId && db.AssessmentElements.Any(e => e.Id == i.AssessmentElementId && e.AssessmentInstrumentId == instrumentId));
        if (item is null)
            return Outcome.Done;
        if (await db.AssessmentItems.CountAsync(i => i.AssessmentElementId == item.AssessmentElementId) == 1)
            return Outcome.Invalid("", "An element keeps at least one item.");
        db.AssessmentItems.Remove(item);
        audit.Record(AuditActions.InstrumentChanged, nameof(AssessmentInstrument), instrumentId.ToString(), $"Item {itemId} removed", new { item.Text });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    // Regions start new assessments on this version from now on; the one before stays for the assessments that used it.
    public async Task<Outcome> MakeCurrentAsync(int instrumentId)
    {
        if (await DraftAsync(instrumentId) is { } refusal)
            return refusal;
        var instrument = await db.AssessmentInstruments.FirstAsync(i => i.Id == instrumentId);
        var previous = await db.AssessmentInstruments.Where(i => i.Kind == instrument.Kind && i.IsCurrent).ToListAsync();
        previous.ForEach(p => p.IsCurrent = false);
        instrument.IsCurrent = true;
        audit.Record(AuditActions.InstrumentChanged, nameof(AssessmentInstrument), instrumentId.ToString(), $"{instrument.Name}: version {instrument.Version} made current",
            new { Current = previous.Select(p => p.Version).ToList() }, new { Current = instrument.Version });
        return await db.SaveOrConflictAsync("Someone changed the instruments at the same moment. Check the list and try again.");
    }

    // The instruments with how many assessments answered each; filtered before the projection, which SQL cannot look into.
    private IQueryable<InstrumentRow> Rows(int? id = null, AssessmentKind? kind = null) =>
        db.AssessmentInstruments.AsNoTracking().Where(i => (id == null || i.Id == id) && (kind == null || i.Kind == kind)).Select(i => new InstrumentRow(i.Id, i.Kind, i.Name, i.Version, i.IsCurrent, i.CreatedAtUtc,
            db.RegionAssessments.Count(a => a.AssessmentInstrumentId == i.Id)));

    // Null when the version may still change; otherwise why not (or that it does not exist).
    private async Task<Outcome?> DraftAsync(int instrumentId) =>
        await Rows(instrumentId).FirstOrDefaultAsync() switch
        {
            null => Outcome.NotFound,
            { IsDraft: true } => null,
            _ => Outcome.Invalid("", Frozen),
        };

    private static Outcome? Check(ItemForm form)
    {
        if (string.IsNullOrWhiteSpace(form.Text) || new[] { form.Level1, form.Level2, form.Level3, form.Level4 }.Any(string.IsNullOrWhiteSpace))
            return Outcome.Invalid("", "An item needs its statement and a description for each of the four levels.");
        if (form.Text.Length > AssessmentItem.TextMaxLength || new[] { form.Level1, form.Level2, form.Level3, form.Level4 }.Any(l => l.Length > AssessmentItem.DescriptorMaxLength))
            return Outcome.Invalid("", $"Keep the statement and each description under {AssessmentItem.TextMaxLength} characters.");
        return null;
    }
}
