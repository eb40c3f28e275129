using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Rfp;

public sealed record EditModel(RfpForm Form, RfpStatus Status, RfpForm? TheirVersion = null)
{
    public bool CriteriaFrozen => Status == RfpStatus.Published;
    public bool IsNew => Form.Id == 0;
}


public sealed class EditHandler(AppDbContext db, ProgramClock clock, AuditLog audit)
{
    public const string ConflictMessage =
        "Someone else saved this request while you were editing. Their version is shown beside the form; your changes are still in the form. Save again to keep yours.";

    // A blank request with sensible dates: opens tomorrow morning, closes six weeks later at 5 PM.
    public RfpForm NewForm()
    {
        var today = DateOnly.FromDateTime(ProgramClock.ToLocal(clock.UtcNow, clock.DefaultTimeZoneId));
        var closes = today.AddDays(43);
        return new RfpForm
        {
            TimeZoneId = clock.DefaultTimeZoneId,
            OpensAtLocal = today.AddDays(1).ToDateTime(new TimeOnly(9, 0)),
            ClosesAtLocal = closes.ToDateTime(new TimeOnly(17, 0)),
            ReviewStartsOn = closes.AddDays(1),
            ReviewEndsOn = closes.AddDays(35),
            Criteria = [new CriterionForm { Weight = 100 }],
        };
    }

    public async Task<EditModel?> Load(int id)
    {
        var rfp = await db.RequestsForAction.AsNoTracking().Include(r => r.Criteria).FirstOrDefaultAsync(r => r.Id == id);
        return rfp is null ? null : new EditModel(RfpForm.From(rfp), rfp.Status);
    }

    // Creates or updates; done with the saved request, or in conflict with the version someone else saved.
    public async Task<Outcome<RfpForm>> Save(RfpForm form)
    {
        var now = clock.UtcNow;
        var rfp = form.Id == 0
            ? new RequestForAction { CreatedAtUtc = now }
            : await db.RequestsForAction.Include(r => r.Criteria).FirstOrDefaultAsync(r => r.Id == form.Id);
        if (rfp is null)
            return Outcome<RfpForm>.Of(Outcome.NotFound);
        if (!rfp.IsEditable)
            return Outcome<RfpForm>.Of(Outcome.Invalid("", "A closed request can no longer be edited."));

        var before = Snapshot(rfp);
        rfp.Title = form.Title.Trim();
        rfp.Summary = form.Summary.Trim();
        rfp.Eligibility = form.Eligibility.Trim();
        rfp.ProgramDescription = form.ProgramDescription.Trim();
        rfp.TimeZoneId = form.TimeZoneId;
        rfp.OpensAtUtc = ProgramClock.ToUtc(form.OpensAtLocal!.Value, form.TimeZoneId);
        rfp.ClosesAtUtc = ProgramClock.ToUtc(form.ClosesAtLocal!.Value, form.TimeZoneId);
        rfp.ReviewStartsOn = form.ReviewStartsOn!.Value;
        rfp.ReviewEndsOn = form.ReviewEndsOn!.Value;
        rfp.CohortSize = form.CohortSize;
        var problems = rfp.ReplaceCriteria(form.Criteria.Where(c => !c.Remove).Select(c => c.ToCriterion()).ToList()).ToList();
        // A published request must stay publishable: applicants are reading it.
        if (rfp.Status == RfpStatus.Published)
        {
            problems.AddRange(rfp.PublicationProblems());
            var otherRounds = await db.RequestsForAction.AsNoTracking().Where(r => r.Id != rfp.Id && r.Status == RfpStatus.Published).ToListAsync();
            if (rfp.OverlapProblem(otherRounds) is { } overlap)
                problems.Add(overlap);
        }
        if (problems.Count > 0)
            return Outcome<RfpForm>.Of(Outcome.From(problems));

        rfp.Version = Guid.NewGuid();
        rfp.UpdatedAtUtc = now;
        if (form.Id == 0)
        {
            db.RequestsForAction.Add(rfp);
            await db.SaveChangesAsync();
            audit.Record(AuditActions.RfpCreated, nameof(RequestForAction), rfp.Id.ToString(), $"Created the draft request \"{rfp.Title}\"", after: Snapshot(rfp));
            await db.SaveChangesAsync();
            return Outcome<RfpForm>.DoneWith(RfpForm.From(rfp));
        }

        var after = Snapshot(rfp);
        audit.Record(AuditActions.RfpUpdated, nameof(RequestForAction), rfp.Id.ToString(), $"Edited the request \"{rfp.Title}\"",
            before: Changed(before, after), after: Changed(after, before));
        db.Entry(rfp).Property(r => r.Version).OriginalValue = form.Version;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var theirs = await db.RequestsForAction.AsNoTracking().Include(r => r.Criteria).FirstAsync(r => r.Id == form.Id);
            return Outcome<RfpForm>.Conflict(ConflictMessage, RfpForm.From(theirs));
        }
        return Outcome<RfpForm>.DoneWith(RfpForm.From(rfp));
    }

    private static Dictionary<string, string> Snapshot(RequestForAction rfp) => new()
    {
        ["Title"] = rfp.Title,
        ["OpensAtUtc"] = rfp.OpensAtUtc.ToString("u"),
        ["ClosesAtUtc"] = rfp.ClosesAtUtc.ToString("u"),
        ["TimeZoneId"] = rfp.TimeZoneId,
        ["Review"] = $"{rfp.ReviewStartsOn:yyyy-MM-dd} to {rfp.ReviewEndsOn:yyyy-MM-dd}",
        ["CohortSize"] = rfp.CohortSize.ToString(),
        ["Criteria"] = string.Join("; ", rfp.Criteria.OrderBy(c => c.Position).Select(c => $"{c.Title} ({c.Weight}%, {c.ScaleMin}-{c.ScaleMax})")),
        ["TextLength"] = $"{rfp.Summary.Length}/{rfp.Eligibility.Length}/{rfp.ProgramDescription.Length}",
    };

    // Only the values that differ, so the log shows what an edit actually changed.
    private static Dictionary<string, string> Changed(Dictionary<string, string> these, Dictionary<string, string> others) =>
        these.Where(kv => others[kv.Key] != kv.Value).ToDictionary();
}
