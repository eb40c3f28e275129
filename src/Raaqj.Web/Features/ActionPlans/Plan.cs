using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.ActionPlans;

// How the signed-in person stands to a region's plan: the region, its plan (none until someone writes the first
// goal), and whether they write it (its team) or review it (staff).
public sealed record PlanStanding(RegionHeader Region, ActionPlan? Plan, bool IsTeam, bool IsStaff)
{
    public PlanStatus Status => Plan?.Status ?? PlanStatus.Draft;

    public bool May(PlanStep step) => PlanWorkflow.May(step, Status, IsTeam, IsStaff);
}

// The one place plan pages ask who may read and do what to a region's plan (the permission map, then the status table).
public sealed class PlanPages(AppDbContext db, RegionPages regions, RegionAccess access)
{
    public async Task<PlanStanding?> FindAsync(int regionId, bool tracked = false)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var relations = await access.ToRegion(regionId);
        var plans = tracked ? db.ActionPlans : db.ActionPlans.AsNoTracking();
        return new PlanStanding(region, await plans.FirstOrDefaultAsync(p => p.CohortRegionId == regionId),
            Permissions.Allows(RecordAction.WriteRegionPlan, relations), Permissions.Allows(RecordAction.ReviewRegionPlan, relations));
    }
}

public sealed record VersionInfo(int Id, int Number, DateTime SubmittedAtUtc, string SubmittedBy, PlanStatus Outcome, DateTime? DecidedAtUtc, string? DecidedBy, string DecisionNote);

public sealed record CommentView(int Id, string ItemKey, string Body, string Author, DateTime AtUtc);

public sealed record DimensionView(int Id, string Name, string Description, IReadOnlyList<SnapshotGoal> Goals)
{
    public IEnumerable<SnapshotAction> Actions => Goals.SelectMany(g => g.Strategies).SelectMany(s => s.Actions);

    public decimal Budget => Actions.Sum(a => a.Budget ?? 0);

    public bool IsGap => Goals.Count == 0;
}

public sealed record PlanPageModel(PlanStanding Standing, IReadOnlyList<DimensionView> Dimensions, VersionInfo? Latest, ILookup<string, CommentView> Comments)
{
    public decimal Budget => Dimensions.Sum(d => d.Budget);

    public int ActionCount => Dimensions.Sum(d => d.Actions.Count());

    public int MeasureCount => Dimensions.Sum(d => d.Actions.Sum(a => a.Measures.Count));
}

// A region's plan page and the steps on the plan as a whole: submit (freezing a version), comment, approve or request
// changes, open a revision. Each step is checked against the status table and the plan's version, so a double click
// or a stale page does it once; submitting and approving complete the region's milestones through program events.
public sealed class PlanHandler(AppDbContext db, PlanPages pages, ProgramEventHandler programEvents, Notifier notifier, PortalLinks links, ProgramClock clock,
    CurrentUser user, AuditLog audit)
{
    private const string Stale = "The plan changed since you opened it (someone submitted it or decided on it). Check it and try again.";

    public async Task<PlanPageModel?> LoadAsync(int regionId)
    {
        if (await pages.FindAsync(regionId) is not { } standing)
            return null;
        var draft = standing.Plan is null ? new PlanSnapshot([]) : await PlanTree.DraftAsync(db, standing.Plan.Id);
        var latest = standing.Plan is null ? null : await Versions(standing.Plan.Id).FirstOrDefaultAsync();
        var comments = latest is null ? [] : await db.PlanComments.AsNoTracking().Where(c => c.PlanVersionId == latest.Id).OrderBy(c => c.AtUtc).ThenBy(c => c.Id)
            .Select(c => new CommentView(c.Id, c.ItemKey, c.Body, db.Users.Where(u => u.Id == c.AuthorUserId).Select(u => u.DisplayName).First(), c.AtUtc)).ToListAsync();
        return new PlanPageModel(standing, await DimensionsAsync(db, draft), latest, comments.ToLookup(c => c.ItemKey));
    }

    // The dimensions in the program's order, each with its goals; a retired one shows only when a goal is under it.
    public static async Task<IReadOnlyList<DimensionView>> DimensionsAsync(AppDbContext db, PlanSnapshot plan)
    {
        var dimensions = await db.PlanDimensions.AsNoTracking().OrderBy(d => d.Position).ThenBy(d => d.Id).ToListAsync();
        return dimensions.Select(d => new DimensionView(d.Id, d.Name, d.Description, plan.Goals.Where(g => g.DimensionId == d.Id).ToList()))
            .Where(d => !dimensions.First(x => x.Id == d.Id).IsRetired || d.Goals.Count > 0).ToList();
    }

    // A plan's versions, newest first; or the one numbered so.
    public IQueryable<VersionInfo> Versions(int planId, int? number = null) =>
        db.PlanVersions.AsNoTracking().Where(v => v.ActionPlanId == planId && (number == null || v.Number == number)).OrderByDescending(v => v.Number).Select(v => new VersionInfo(v.Id, v.Number, v.SubmittedAtUtc,
            db.Users.Where(u => u.Id == v.SubmittedByUserId).Select(u => u.DisplayName).First(), v.Outcome, v.DecidedAtUtc,
            db.Users.Where(u => u.Id == v.DecidedByUserId).Select(u => u.DisplayName).FirstOrDefault(), v.DecisionNote));

    public async Task<Outcome> SubmitAsync(int regionId, Guid version)
    {
        if (await pages.FindAsync(regionId, tracked: true) is not { IsTeam: true } standing)
            return Outcome.NotFound;
        if (standing.Plan is not { } plan)
            return Outcome.Invalid("", "Write at least one goal with an action before you submit.");
        if (standing.Status == PlanStatus.Submitted && plan.Version != version)
            return Outcome.Done;
        if (!standing.May(PlanStep.Submit))
            return Outcome.Invalid("", PlanWorkflow.Refusal(PlanStep.Submit, standing.Status));
        if (plan.Version != version)
            return Outcome.Conflict(Stale);
        var snapshot = await PlanTree.DraftAsync(db, plan.Id);
        if (!snapshot.Goals.SelectMany(g => g.Strategies).Any(s => s.Actions.Count > 0))
            return Outcome.Invalid("", "Write at least one goal with a strategy and an action before you submit.");
        var now = clock.UtcNow;
        var number = await db.PlanVersions.Where(v => v.ActionPlanId == plan.Id).MaxAsync(v => (int?)v.Number) ?? 0;
        db.PlanVersions.Add(new PlanVersion
        {
            ActionPlanId = plan.Id, Number = number + 1, Snapshot = PlanTree.Write(snapshot), SubmittedAtUtc = now, SubmittedByUserId = user.Id!,
        });
        var before = plan.Status;
        plan.Status = PlanStatus.Submitted;
        plan.UpdatedAtUtc = now;
        plan.Version = Guid.NewGuid();
        var region = standing.Region;
        audit.Record(AuditActions.PlanSubmitted, nameof(ActionPlan), plan.Id.ToString(), $"{region.Name} submitted version {number + 1} of its action plan",
            new { Status = before.ToString() }, new { Status = nameof(PlanStatus.Submitted), Version = number + 1 });
        var link = links.Path("Index", "Plan", new { regionId });
        if (region.Program.RequestForActionId is { } rfp)
            await programEvents.RaiseAsync(ProgramEvents.ActionPlanSubmitted, rfp, regionId, $"Action plan version {number + 1} submitted.", link);
        var liaison = await db.CohortRegions.Where(r => r.Id == regionId).Select(r => r.LiaisonUserId).FirstAsync();
        var message = new NotificationMessage(NotificationTopic.ActionPlans, $"Action plan submitted: {region.Name}",
            $"{region.Name} submitted version {number + 1} of its job quality action plan for review.", link);
        if (liaison is not null)
            await notifier.NotifyAsync([liaison], message);
        else
            await notifier.NotifyRoleAsync(Roles.Staff, message);
        return await db.SaveOrConflictAsync(Stale);
    }

    public async Task<Outcome> CommentAsync(int regionId, string? itemKey, string? body)
    {
        if (await pages.FindAsync(regionId) is not { IsStaff: true } standing || standing.Plan is not { } plan)
            return Outcome.NotFound;
        if (!standing.May(PlanStep.Comment))
            return Outcome.Invalid("", "Comments are on a submitted version; this plan has none yet.");
        var text = (body ?? "").Trim();
        if (text.Length == 0)
            return Outcome.Invalid("", "Write the comment first.");
        if (text.Length > PlanComment.BodyMaxLength)
            return Outcome.Invalid("", $"Keep a comment under {PlanComment.BodyMaxLength} characters.");
        var latest = await db.PlanVersions.AsNoTracking().Where(v => v.ActionPlanId == plan.Id).OrderByDescending(v => v.Number).FirstAsync();
        var key = itemKey ?? "plan";
        if (key != "plan" && !PlanDiff.Keys(PlanTree.Read(latest.Snapshot)).Contains(key))
            return Outcome.Invalid("", "That item is not in the submitted version.");
        var comment = new PlanComment { PlanVersionId = latest.Id, ItemKey = key, Body = text, AuthorUserId = user.Id!, AtUtc = clock.UtcNow };
        db.PlanComments.Add(comment);
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync();
            audit.Record(AuditActions.PlanCommented, nameof(ActionPlan), plan.Id.ToString(), $"Comment on {key} of {standing.Region.Name}'s plan, version {latest.Number}",
                after: new { CommentId = comment.Id, comment.ItemKey, comment.Body });
            await db.SaveChangesAsync();
            return true;
        });
        return Outcome.Done;
    }

    // Approves the submitted version, or sends it back with a note saying what to change.
    public async Task<Outcome> DecideAsync(int regionId, bool approve, string? note, Guid version)
    {
        if (await pages.FindAsync(regionId, tracked: true) is not { IsStaff: true } standing || standing.Plan is not { } plan)
            return Outcome.NotFound;
        var step = approve ? PlanStep.Approve : PlanStep.RequestChanges;
        if (!standing.May(step))
            return plan.Version == version ? Outcome.Invalid("", PlanWorkflow.Refusal(step, standing.Status)) : Outcome.Done;
        if (plan.Version != version)
            return Outcome.Conflict(Stale);
        var text = (note ?? "").Trim();
        if (!approve && text.Length == 0)
            return Outcome.Invalid("note", "Say what the region should change.");
        if (text.Length > PlanVersion.NoteMaxLength)
            return Outcome.Invalid("note", $"Keep the note under {PlanVersion.NoteMaxLength} characters.");
        var latest = await db.PlanVersions.Where(v => v.ActionPlanId == plan.Id).OrderByDescending(v => v.Number).FirstAsync();
        var now = clock.UtcNow;
        latest.Outcome = approve ? PlanStatus.Approved : PlanStatus.ChangesRequested;
        latest.DecidedAtUtc = now;
        latest.DecidedByUserId = user.Id;
        latest.DecisionNote = text;
        plan.Status = latest.Outcome;
        plan.UpdatedAtUtc = now;
        plan.Version = Guid.NewGuid();
        var region = standing.Region;
        audit.Record(approve ? AuditActions.PlanApproved : AuditActions.PlanChangesRequested, nameof(ActionPlan), plan.Id.ToString(),
            $"{region.Name}'s action plan, version {latest.Number}: {PlanWorkflow.Label(latest.Outcome).ToLowerInvariant()}",
            new { Status = nameof(PlanStatus.Submitted) }, new { Status = latest.Outcome.ToString(), Note = text });
        var link = links.Path("Index", "Plan", new { regionId });
        if (approve && region.Program.RequestForActionId is { } rfp)
            await programEvents.RaiseAsync(ProgramEvents.ActionPlanApproved, rfp, regionId, $"Action plan version {latest.Number} approved.", link);
        var comments = await db.PlanComments.CountAsync(c => c.PlanVersionId == latest.Id);
        var said = comments == 0 ? "" : $" The program team left {comments} comment(s) on it.";
        await notifier.NotifyAsync(await RegionAccess.Team(db, regionId, writersOnly: false).Distinct().ToListAsync(), new NotificationMessage(NotificationTopic.ActionPlans,
            approve ? $"Action plan approved: {region.Name}" : $"Changes requested on your action plan: {region.Name}",
            (approve ? $"The program team approved version {latest.Number} of your job quality action plan." : $"The program team asks for changes to version {latest.Number} of your job quality action plan.")
                + said + (text.Length > 0 ? $"\n\n{text}" : ""), link));
        return await db.SaveOrConflictAsync(Stale);
    }

    // After approval the team opens a revision: the plan is a draft again, the approved version stays as it was.
    public async Task<Outcome> ReviseAsync(int regionId, Guid version)
    {
        if (await pages.FindAsync(regionId, tracked: true) is not { IsTeam: true } standing || standing.Plan is not { } plan)
            return Outcome.NotFound;
        if (!standing.May(PlanStep.Revise))
            return plan.Version == version ? Outcome.Invalid("", PlanWorkflow.Refusal(PlanStep.Revise, standing.Status)) : Outcome.Done;
        if (plan.Version != version)
            return Outcome.Conflict(Stale);
        plan.Status = PlanStatus.Draft;
        plan.UpdatedAtUtc = clock.UtcNow;
        plan.Version = Guid.NewGuid();
        audit.Record(AuditActions.PlanRevisionOpened, nameof(ActionPlan), plan.Id.ToString(), $"{standing.Region.Name} opened a revision of its approved action plan",
            new { Status = nameof(PlanStatus.Approved) }, new { Status = nameof(PlanStatus.Draft) });
        return await db.SaveOrConflictAsync(Stale);
    }
}

// What the plan's outline draws: on the plan page with links to edit (its team) and forms to comment (staff), or as a
// clean document to print.
public sealed record OutlineModel(int RegionId, IReadOnlyList<DimensionView> Dimensions, bool Editable, bool Commentable, ILookup<string, CommentView> Comments);
