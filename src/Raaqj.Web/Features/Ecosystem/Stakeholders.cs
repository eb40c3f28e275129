using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;

namespace Raaqj.Web.Features.Ecosystem;

public sealed record ContactView(int Id, string Name, string Title, string Email, string Phone);

public sealed record HistoryStep(EngagementLevel? From, EngagementLevel To, DateTime AtUtc, string? By, string Note);

public sealed record MergedRecord(int Id, string Name, DateTime MergedAtUtc, IReadOnlyList<HistoryStep> History);

public sealed record PossibleDuplicate(int Id, string Name, string Region, int RegionId, IReadOnlyList<MatchReason> Reasons);

// What the stakeholder's page shows: the saved record, the forms (kept as typed after a refusal), and the record's
// history, people, merged duplicates and possible duplicates.
public sealed record StakeholderModel(RegionHeader Region, int Id, StakeholderForm Saved, StakeholderForm Form, Guid Version, bool FromProposal,
    IReadOnlyList<ContactView> Contacts, IReadOnlyList<HistoryStep> History, IReadOnlyList<MergedRecord> Merged, IReadOnlyList<PossibleDuplicate> Duplicates,
    (int Id, string Name)? MergedInto, bool MayEdit)
{
    public ContactForm Contact { get; init; } = new();
    public bool EditOpen { get; init; }
}

public sealed record NewStakeholderModel(RegionHeader Region, StakeholderForm Form);

// One stakeholder of a region's map: added by hand (engagement and first contact with it), its details edited against
// the version the person started from, its engagement moved with a note into its history, its people added and removed.
public sealed class StakeholderHandler(AppDbContext db, RegionPages regions, RegionAccess access, EcosystemFigures figures, ProgramClock clock, CurrentUser user,
    AuditLog audit)
{
    private const string Changed = "Someone changed this stakeholder while you were editing it. The saved details are shown; your changes are still in the form: save again to keep them.";

    public async Task<NewStakeholderModel?> NewAsync(int regionId, StakeholderForm form) =>
        await regions.FindAsync(regionId) is { } region && await access.MayAsync(RecordAction.ContributeToRegion, regionId) ? new NewStakeholderModel(region, form) : null;

    public async Task<Outcome<int>> CreateAsync(int regionId, StakeholderForm form)
    {
        if (await regions.FindAsync(regionId) is not { } region || !await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return Outcome<int>.Of(Outcome.NotFound);
        var stakeholder = form.Create(regionId, clock.UtcNow, user.Id, "Added to the map.");
        db.RegionStakeholders.Add(stakeholder);
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync();
            audit.Record(AuditActions.StakeholderAdded, nameof(RegionStakeholder), stakeholder.Id.ToString(), $"{stakeholder.Name} added to {region.Name}'s map",
                after: Snapshot(stakeholder));
            await db.SaveChangesAsync();
            return true;
        });
        return Outcome<int>.DoneWith(stakeholder.Id);
    }

    public async Task<StakeholderModel?> LoadAsync(int regionId, int id, StakeholderForm? typed = null, ContactForm? contact = null)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var saved = await db.RegionStakeholders.AsNoTracking().Include(s => s.Contacts).FirstOrDefaultAsync(s => s.Id == id && s.CohortRegionId == regionId);
        if (saved is null)
            return null;
        var merged = await db.RegionStakeholders.AsNoTracking().Where(s => s.MergedIntoId == id).OrderBy(s => s.MergedAtUtc)
            .Select(s => new { s.Id, s.Name, s.MergedAtUtc }).ToListAsync();
        var ids = merged.Select(m => m.Id).Append(id).ToList();
        var history = (await db.EngagementChanges.AsNoTracking().Where(c => ids.Contains(c.RegionStakeholderId)).OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id)
            .Select(c => new { c.RegionStakeholderId, Step = new HistoryStep(c.From, c.To, c.AtUtc, db.Users.Where(u => u.Id == c.ByUserId).Select(u => u.DisplayName).FirstOrDefault(), c.Note) })
            .ToListAsync()).ToLookup(c => c.RegionStakeholderId, c => c.Step);
        var relations = await access.ToRegion(regionId);
        var mergedInto = saved.MergedIntoId is { } into
            ? await db.RegionStakeholders.AsNoTracking().Where(s => s.Id == into).Select(s => new { s.Id, s.Name }).FirstAsync() : null;
        var savedForm = StakeholderForm.Of(saved);
        return new StakeholderModel(region, id, savedForm, typed ?? savedForm, saved.Version, saved.ProposalStakeholderId is not null,
            saved.Contacts.OrderBy(c => c.Id).Select(c => new ContactView(c.Id, c.Name, c.Title, c.Email, c.Phone)).ToList(),
            history[id].ToList(), merged.Select(m => new MergedRecord(m.Id, m.Name, m.MergedAtUtc!.Value, history[m.Id].ToList())).ToList(),
            saved.MergedIntoId is null ? await DuplicatesOfAsync(region, id, relations.Contains(Relation.Staff)) : [],
            mergedInto is null ? null : (mergedInto.Id, mergedInto.Name),
            saved.MergedIntoId is null && Permissions.Allows(RecordAction.ContributeToRegion, relations))
        {
            Contact = contact ?? new ContactForm(),
            EditOpen = typed is not null,
        };
    }

    // Saves the details against the version the person started from; in a conflict, the version saved now comes back.
    public async Task<Outcome<Guid>> UpdateAsync(int regionId, int id, StakeholderForm form)
    {
        if (await EditableAsync(regionId, id) is not { } stakeholder)
            return Outcome<Guid>.Of(Outcome.NotFound);
        if (stakeholder.Version != form.Version)
            return Outcome<Guid>.Conflict(Changed, stakeholder.Version);
        var before = Snapshot(stakeholder);
        form.ApplyTo(stakeholder);
        stakeholder.UpdatedAtUtc = clock.UtcNow;
        stakeholder.Version = Guid.NewGuid();
        audit.Record(AuditActions.StakeholderUpdated, nameof(RegionStakeholder), id.ToString(), $"{stakeholder.Name}'s details changed", before, Snapshot(stakeholder));
        if (await db.SaveOrConflictAsync(Changed) is { Kind: OutcomeKind.Done })
            return Outcome<Guid>.DoneWith(stakeholder.Version);
        return Outcome<Guid>.Conflict(Changed, await db.RegionStakeholders.Where(s => s.Id == id).Select(s => s.Version).FirstAsync());
    }

    public async Task<Outcome> EngageAsync(int regionId, int id, EngagementLevel level, string? note, Guid version)
    {
        if (await EditableAsync(regionId, id) is not { } stakeholder)
            return Outcome.NotFound;
        if (!Enum.IsDefined(level))
            return Outcome.Invalid("level", "Choose an engagement level.");
        var text = (note ?? "").Trim();
        if (text.Length > EngagementChange.NoteMaxLength)
            return Outcome.Invalid("note", $"Keep the note under {EngagementChange.NoteMaxLength} characters.");
        if (stakeholder.Version != version)
            return Outcome.Conflict(Changed);
        var from = stakeholder.Engagement;
        if (!stakeholder.Engage(level, clock.UtcNow, user.Id, text))
            return Outcome.Done;
        stakeholder.UpdatedAtUtc = clock.UtcNow;
        stakeholder.Version = Guid.NewGuid();
        audit.Record(AuditActions.EngagementChanged, nameof(RegionStakeholder), id.ToString(), $"{stakeholder.Name}: {from} to {level}",
            new { Engagement = from.ToString() }, new { Engagement = level.ToString(), Note = text });
        return await db.SaveOrConflictAsync(Changed);
    }

    public async Task<Outcome> AddContactAsync(int regionId, int id, ContactForm form)
    {
        if (await EditableAsync(regionId, id) is not { } stakeholder)
            return Outcome.NotFound;
        var contact = StakeholderContact.Of(form.Name, form.Title, form.Email, form.Phone);
        contact.RegionStakeholderId = id;
        db.StakeholderContacts.Add(contact);
        stakeholder.UpdatedAtUtc = clock.UtcNow;
        audit.Record(AuditActions.StakeholderContactChanged, nameof(RegionStakeholder), id.ToString(), $"{contact.Name} added as a contact at {stakeholder.Name}",
            after: new { contact.Name, contact.Title, contact.Email, contact.Phone });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    public async Task<Outcome> RemoveContactAsync(int regionId, int id, int contactId)
    {
        if (await EditableAsync(regionId, id) is not { } stakeholder)
            return Outcome.NotFound;
        var contact = await db.StakeholderContacts.FirstOrDefaultAsync(c => c.Id == contactId && c.RegionStakeholderId == id);
        if (contact is null)
            return Outcome.Done;
        db.StakeholderContacts.Remove(contact);
        stakeholder.UpdatedAtUtc = clock.UtcNow;
        audit.Record(AuditActions.StakeholderContactChanged, nameof(RegionStakeholder), id.ToString(), $"{contact.Name} removed as a contact at {stakeholder.Name}",
            new { contact.Name, contact.Title, contact.Email, contact.Phone });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    public static object Snapshot(RegionStakeholder s) => new
    {
        s.Name, Sector = s.Sector.ToString(), s.Ein, s.Website, s.Role, Engagement = s.Engagement.ToString(), s.Influence, s.Interest, s.Notes,
    };

    // The stakeholder if this person may change the region's map and it was not merged away.
    private async Task<RegionStakeholder?> EditableAsync(int regionId, int id) =>
        await access.MayAsync(RecordAction.ContributeToRegion, regionId)
            ? await db.RegionStakeholders.FirstOrDefaultAsync(s => s.Id == id && s.CohortRegionId == regionId && s.MergedIntoId == null)
            : null;

    // Staff see matches in other regions too; a region's team sees its own region's only.
    private async Task<IReadOnlyList<PossibleDuplicate>> DuplicatesOfAsync(RegionHeader region, int id, bool isStaff)
    {
        var map = isStaff && region.Program.RequestForActionId is { } rfp ? await figures.OfProgramAsync(rfp) : await figures.OfRegionAsync(region.Id);
        var pairs = map.Pairs.Where(p => p.FirstId == id || p.SecondId == id).Select(p => (Other: p.FirstId == id ? p.SecondId : p.FirstId, p.Reasons)).ToList();
        if (pairs.Count == 0)
            return [];
        var others = pairs.Select(p => p.Other).ToList();
        var names = await db.RegionStakeholders.AsNoTracking().Where(s => others.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.CohortRegionId, Region = db.CohortRegions.Where(r => r.Id == s.CohortRegionId).Select(r => r.RegionName).First() })
            .ToDictionaryAsync(s => s.Id);
        return pairs.Where(p => names.ContainsKey(p.Other))
            .Select(p => new PossibleDuplicate(p.Other, names[p.Other].Name, names[p.Other].Region, names[p.Other].CohortRegionId, p.Reasons)).ToList();
    }
}
