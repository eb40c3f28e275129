using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Timeline;

public sealed class MilestoneForm : IEvidenceForm
{
    public const string ByDate = "date";
    public const string ByMonth = "month";

    public int Id { get; set; }
    public int? RegionId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public int? PhaseId { get; set; }
    public string DueKind { get; set; } = ByMonth;
    public DateOnly? DueOn { get; set; }
    public int? DueByEndOfMonth { get; set; }
    public string? OwnerUserId { get; set; }
    public MilestoneStatus Status { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string EvidenceNote { get; set; } = "";
    public string? EvidenceLink { get; set; }
    public IFormFile? EvidenceFile { get; set; }
    public List<int> RemoveFiles { get; set; } = [];
    public string? CompletesOn { get; set; }
    public List<int> After { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed class MilestoneFormValidator : AbstractValidator<MilestoneForm>
{
    public MilestoneFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Name the milestone.").MaximumLength(Milestone.TitleMaxLength);
        RuleFor(f => f.Description).MaximumLength(Milestone.DescriptionMaxLength);
        RuleFor(f => f.DueOn).NotNull().When(f => f.DueKind == MilestoneForm.ByDate).WithMessage("Enter the date it is due.");
        RuleFor(f => f.DueByEndOfMonth).NotNull().InclusiveBetween(1, 24).When(f => f.DueKind != MilestoneForm.ByDate)
            .WithMessage("Enter the month of the program it is due by, from 1 to 24.");
        RuleFor(f => f.EvidenceNote).MaximumLength(Milestone.EvidenceNoteMaxLength);
        RuleFor(f => f.EvidenceLink).MaximumLength(Milestone.EvidenceLinkMaxLength);
        RuleFor(f => f.CompletesOn).Must((f, k) => string.IsNullOrEmpty(k) || ProgramEvents.Find(k)?.OfRegion == (f.RegionId is not null)).WithMessage("Choose an event from the list.");
    }
}

public sealed record PersonOption(string Id, string Name);

public sealed record MilestoneOption(int Id, string Title);

public sealed record EditMilestoneModel(ProgramHeader Program, string? Region, MilestoneForm Form, IReadOnlyList<PersonOption> Owners,
    IReadOnlyList<MilestoneOption> Milestones, IReadOnlyList<(int Id, string Name)> Phases, EvidenceField Evidence);

// Staff add and change any milestone of a program: its plan (title, phase, due, owner, dependencies, the event that
// completes it) and its progress. A milestone scheduled before something it depends on is saved, with a warning.
public sealed class EditMilestoneHandler(AppDbContext db, CurrentProgram programs, EvidenceFiles evidence, ProgramClock clock, AuditLog audit)
{
    public const string ConflictMessage = "Someone else changed this milestone since you opened it. Their version is saved; your changes are still in the form (choose your file again, if any). Save again to keep yours.";

    public async Task<EditMilestoneModel?> NewAsync(int programId, int? regionId)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return null;
        if (regionId is { } id && !await RegionOf(program, id).AnyAsync())
            return null;
        return await WithOptions(program, new MilestoneForm { RegionId = regionId, DueByEndOfMonth = programs.Today(program).Month is var m and >= 1 and <= 12 ? m : 1 });
    }

    public async Task<EditMilestoneModel?> LoadAsync(int id)
    {
        var milestone = await db.Milestones.AsNoTracking().Include(m => m.Predecessors).FirstOrDefaultAsync(m => m.Id == id);
        if (milestone is null || await programs.FindAsync(milestone.ProgramEditionId) is not { } program)
            return null;
        return await WithOptions(program, new MilestoneForm
        {
            Id = milestone.Id, RegionId = milestone.CohortRegionId, Title = milestone.Title, Description = milestone.Description, PhaseId = milestone.PhaseId,
            DueKind = milestone.DueOn is null ? MilestoneForm.ByMonth : MilestoneForm.ByDate, DueOn = milestone.DueOn, DueByEndOfMonth = milestone.DueByEndOfMonth,
            OwnerUserId = milestone.OwnerUserId, Status = milestone.Status, CompletedOn = milestone.CompletedOn, EvidenceNote = milestone.EvidenceNote,
            EvidenceLink = milestone.EvidenceLink, CompletesOn = milestone.CompletesOn, After = milestone.Predecessors.Select(p => p.PredecessorId).ToList(), Version = milestone.Version,
        });
    }

    public async Task<EditMilestoneModel> WithOptions(ProgramHeader program, MilestoneForm form)
    {
        var region = form.RegionId is { } regionId ? await RegionOf(program, regionId).Select(r => new { r.Id, r.RegionName, r.OrganizationId }).FirstOrDefaultAsync() : null;
        var staff = db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Staff), ur => ur.RoleId, r => r.Id, (ur, r) => ur.UserId);
        var team = region is null ? db.OrganizationMembers.Where(m => false).Select(m => m.UserId)
            : db.OrganizationMembers.Where(m => m.OrganizationId == region.OrganizationId).Select(m => m.UserId)
                .Concat(db.RegionPartners.Where(p => p.CohortRegionId == region.Id).Select(p => p.UserId));
        var owners = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && (staff.Contains(u.Id) || team.Contains(u.Id)))
            .OrderBy(u => u.DisplayName).Select(u => new PersonOption(u.Id, u.DisplayName)).ToListAsync();
        var milestones = await db.Milestones.AsNoTracking()
            .Where(m => m.ProgramEditionId == program.Id && m.Id != form.Id && (m.CohortRegionId == null || m.CohortRegionId == form.RegionId))
            .OrderBy(m => m.CohortRegionId).ThenBy(m => m.Title).Select(m => new MilestoneOption(m.Id, m.Title)).ToListAsync();
        var phases = await db.ProgramPhases.AsNoTracking().Where(p => p.ProgramEditionId == program.Id).OrderBy(p => p.Position).Select(p => new { p.Id, p.Name }).ToListAsync();
        return new EditMilestoneModel(program, region?.RegionName, form, owners, milestones, phases.Select(p => (p.Id, p.Name)).ToList(), await EvidenceFiles.FieldAsync(EvidenceFiles.OfMilestone(db, form.Id), form));
    }

    // Done with the milestone's id and, when it is now due before something it depends on, a warning to show.
    public async Task<Outcome<(int Id, string? Warning)>> SaveAsync(int programId, MilestoneForm form)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return Outcome<(int, string?)>.Of(Outcome.NotFound);
        // An unchosen list answers an empty string.
        form.OwnerUserId = string.IsNullOrEmpty(form.OwnerUserId) ? null : form.OwnerUserId;
        form.CompletesOn = string.IsNullOrEmpty(form.CompletesOn) ? null : form.CompletesOn;
        var today = program.Calendar.DateAt(clock.UtcNow);
        var file = await evidence.ReadAsync(form, EvidenceFiles.OfMilestone(db, form.Id), "milestone");
        var problems = Milestone.ProgressProblems(form.Status, form.CompletedOn, form.EvidenceNote, form.EvidenceLink, await EvidenceFiles.WillHoldAnyAsync(form, file.Value, EvidenceFiles.OfMilestone(db, form.Id)), today)
            .Concat(file.Problems).ToList();
        if (form.RegionId is { } regionId && !await RegionOf(program, regionId).AnyAsync())
            return Outcome<(int, string?)>.Of(Outcome.NotFound);
        var options = await WithOptions(program, form);
        if (form.OwnerUserId is { } owner && options.Owners.All(o => o.Id != owner))
            problems.Add(new(nameof(MilestoneForm.OwnerUserId), "Choose the owner from the list."));
        if (form.PhaseId is { } phase && options.Phases.All(p => p.Id != phase))
            problems.Add(new(nameof(MilestoneForm.PhaseId), "Choose a phase from the list."));
        form.After = form.After.Distinct().ToList();
        if (form.After.Any(a => options.Milestones.All(m => m.Id != a)))
            problems.Add(new(nameof(MilestoneForm.After), "Choose what it depends on from the list."));
        if (form.Id != 0 && await DependsOnItself(program.Id, form.Id, form.After))
            problems.Add(new(nameof(MilestoneForm.After), "A milestone cannot depend, even through others, on itself."));
        if (problems.Count > 0)
            return Outcome<(int, string?)>.Of(Outcome.From(problems));

        var now = clock.UtcNow;
        var milestone = form.Id == 0
            ? new Milestone { ProgramEditionId = program.Id, CohortRegionId = form.RegionId, CreatedAtUtc = now }
            : await db.Milestones.Include(m => m.Predecessors).Include(m => m.EvidenceFiles).FirstOrDefaultAsync(m => m.Id == form.Id && m.ProgramEditionId == program.Id);
        if (milestone is null)
            return Outcome<(int, string?)>.Of(Outcome.NotFound);
        var before = form.Id == 0 ? null : Snapshot(milestone);
        milestone.Title = form.Title.Trim();
        milestone.Description = form.Description.Trim();
        milestone.PhaseId = form.PhaseId;
        (milestone.DueOn, milestone.DueByEndOfMonth) = form.DueKind == MilestoneForm.ByDate ? (form.DueOn, (int?)null) : ((DateOnly?)null, form.DueByEndOfMonth);
        milestone.OwnerUserId = form.OwnerUserId;
        milestone.CompletesOn = form.CompletesOn;
        milestone.Progress(form.Status, form.CompletedOn, form.EvidenceNote.Trim(), form.EvidenceLink);
        var files = await evidence.ApplyAsync(milestone.EvidenceFiles, form, file.Value);
        milestone.Predecessors.RemoveAll(p => !form.After.Contains(p.PredecessorId));
        milestone.Predecessors.AddRange(form.After.Where(a => milestone.Predecessors.All(p => p.PredecessorId != a)).Select(a => new MilestoneDependency { PredecessorId = a }));
        milestone.UpdatedAtUtc = now;
        if (form.Id == 0)
            db.Milestones.Add(milestone);
        else
        {
            milestone.Version = Guid.NewGuid();
            db.Entry(milestone).Property(m => m.Version).OriginalValue = form.Version;
        }
        // The audit line names a new milestone's id, which the first save gives; one transaction holds both.
        bool saved;
        try
        {
            saved = await db.InTransactionAsync(async () =>
            {
                try
                {
                    await db.SaveChangesAsync();
                }
                catch (DbUpdateConcurrencyException)
                {
                    return false;
                }
                audit.Record(form.Id == 0 ? AuditActions.MilestoneAdded : AuditActions.MilestoneUpdated, nameof(Milestone), milestone.Id.ToString(),
                    $"{(form.Id == 0 ? "Added" : "Changed")} the milestone \"{milestone.Title}\"", before, Snapshot(milestone));
                await db.SaveChangesAsync();
                return true;
            });
        }
        catch
        {
            files.Settle(saved: false);
            throw;
        }
        files.Settle(saved);
        if (!saved)
            return Outcome<(int, string?)>.Of(Outcome.Conflict(ConflictMessage));
        return Outcome<(int, string?)>.DoneWith((milestone.Id, await WarningAsync(program, milestone)));
    }

    private async Task<string?> WarningAsync(ProgramHeader program, Milestone milestone)
    {
        var due = milestone.Due.Resolve(program.Calendar);
        var predecessors = await db.Milestones.AsNoTracking().Where(m => milestone.Predecessors.Select(p => p.PredecessorId).Contains(m.Id))
            .Select(m => new { m.Title, m.DueOn, m.DueByEndOfMonth }).ToListAsync();
        var later = MilestoneRules.PredecessorsDueAfter(due, predecessors, p => new MilestoneDue(p.DueOn, p.DueByEndOfMonth).Resolve(program.Calendar));
        return later.Count == 0 ? null
            : $"It is due {ProgramClock.DateInWords(due)}, before what it depends on: " +
              string.Join("; ", later.Select(p => $"\"{p.Title}\" (due {ProgramClock.DateInWords(new MilestoneDue(p.DueOn, p.DueByEndOfMonth).Resolve(program.Calendar))})")) + ".";
    }

    // Whether one of the chosen predecessors already depends, directly or through others, on this milestone.
    private async Task<bool> DependsOnItself(int programId, int id, IReadOnlyList<int> after)
    {
        var edges = (await db.MilestoneDependencies.AsNoTracking()
            .Join(db.Milestones.Where(m => m.ProgramEditionId == programId), d => d.MilestoneId, m => m.Id, (d, m) => new { d.MilestoneId, d.PredecessorId })
            .ToListAsync()).ToLookup(d => d.MilestoneId, d => d.PredecessorId);
        var seen = new HashSet<int>();
        var open = new Stack<int>(after);
        while (open.Count > 0)
        {
            var next = open.Pop();
            if (next == id)
                return true;
            if (seen.Add(next))
                foreach (var further in edges[next])
                    open.Push(further);
        }
        return false;
    }

    private IQueryable<Domain.Cohort.CohortRegion> RegionOf(ProgramHeader program, int regionId) =>
        db.CohortRegions.Where(r => r.Id == regionId && r.RequestForActionId == program.RequestForActionId);

    private static object Snapshot(Milestone m) => new
    {
        m.Title, m.PhaseId, DueOn = m.DueOn?.ToString("yyyy-MM-dd"), m.DueByEndOfMonth, m.OwnerUserId, Status = m.Status.ToString(),
        CompletedOn = m.CompletedOn?.ToString("yyyy-MM-dd"), m.EvidenceNote, m.EvidenceLink, m.CompletesOn, After = m.Predecessors.Select(p => p.PredecessorId).Order().ToList(),
        Files = m.EvidenceFiles.Select(f => f.FileName).ToList(),
    };
}
