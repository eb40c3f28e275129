using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Domain.Selection;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Selection;

public sealed class WeightsForm
{
    public int? ReviewScore { get; set; }
    public int? LocalMatch { get; set; }
    public int? PopulationConcentration { get; set; }
    public int? PastPartnership { get; set; }
    public Guid Version { get; set; }

    public static WeightsForm From(SelectionRound round) => new()
    {
        ReviewScore = round.Weights.ReviewScore, LocalMatch = round.Weights.LocalMatch,
        PopulationConcentration = round.Weights.PopulationConcentration, PastPartnership = round.Weights.PastPartnership, Version = round.Version,
    };

    public PriorityWeights ToWeights() => new(ReviewScore ?? 0, LocalMatch ?? 0, PopulationConcentration ?? 0, PastPartnership ?? 0);
}

public sealed class WeightsFormValidator : AbstractValidator<WeightsForm>
{
    public WeightsFormValidator()
    {
        foreach (var (field, label) in new (System.Linq.Expressions.Expression<Func<WeightsForm, int?>>, string)[]
                 {
                     (f => f.ReviewScore, "the review score"), (f => f.LocalMatch, "local match"),
                     (f => f.PopulationConcentration, "priority populations"), (f => f.PastPartnership, "past partnerships"),
                 })
            RuleFor(field).NotNull().WithMessage($"Enter a weight for {label}.")
                .InclusiveBetween(0, PriorityWeights.RequiredTotal).WithMessage($"Enter a weight from 0 to {PriorityWeights.RequiredTotal}.");
    }
}

public sealed class RulesForm
{
    public int? CohortSize { get; set; }
    public decimal? CohortBudget { get; set; }
    public bool OneRegionPerState { get; set; }
    public bool NoSharedCounties { get; set; }
    public Guid Version { get; set; }

    public static RulesForm From(SelectionRound round) => new()
    {
        CohortSize = round.Rules.CohortSize, CohortBudget = round.Rules.Budget, OneRegionPerState = round.Rules.OnePerState,
        NoSharedCounties = round.Rules.NoSharedCounties, Version = round.Version,
    };
}

public sealed class RulesFormValidator : AbstractValidator<RulesForm>
{
    public const int MaxCohortSize = 50;

    public RulesFormValidator()
    {
        RuleFor(f => f.CohortSize).NotNull().WithMessage("Enter how many regions the cohort has.")
            .InclusiveBetween(1, MaxCohortSize).WithMessage($"Enter a number from 1 to {MaxCohortSize}.");
        RuleFor(f => f.CohortBudget).GreaterThan(0).WithMessage("Enter an amount above zero, or leave it empty for no limit.")
            .LessThan(1_000_000_000_000m).WithMessage("Enter an amount below one trillion dollars.");
    }
}

// Saves the selection weights and cohort rules on the round, with its concurrency token, and audits each change.
public sealed class SelectionSettingsHandler(AppDbContext db, ProgramClock clock, AuditLog audit, Rfp.CurrentRound currentRound)
{
    public const string ConflictMessage = "Someone else changed this round's selection settings while you were editing. The page now shows their values; make your change again.";

    // Not found when there is no round to select from.
    public async Task<Outcome> SaveWeights(WeightsForm form)
    {
        if (await CurrentRoundAsync() is not { } rfp)
            return Outcome.NotFound;
        var before = rfp.PriorityWeights;
        var problems = rfp.SetPriorityWeights(form.ToWeights());
        if (problems.Count > 0)
            return Outcome.From(problems);
        audit.Record(AuditActions.SelectionWeightsChanged, nameof(RequestForAction), rfp.Id.ToString(),
            $"Set the priority weights of \"{rfp.Title}\" to review {form.ReviewScore}, local match {form.LocalMatch}, populations {form.PopulationConcentration}, partnerships {form.PastPartnership}",
            before, rfp.PriorityWeights);
        return await Save(rfp, form.Version);
    }

    // Not found when there is no round to select from.
    public async Task<Outcome> SaveRules(RulesForm form)
    {
        if (await CurrentRoundAsync() is not { } rfp)
            return Outcome.NotFound;
        var before = rfp.PortfolioRules;
        rfp.CohortSize = form.CohortSize!.Value;
        rfp.CohortBudget = form.CohortBudget;
        rfp.OneRegionPerState = form.OneRegionPerState;
        rfp.NoSharedCounties = form.NoSharedCounties;
        audit.Record(AuditActions.SelectionRulesChanged, nameof(RequestForAction), rfp.Id.ToString(),
            $"Set the cohort rules of \"{rfp.Title}\"", before, rfp.PortfolioRules);
        return await Save(rfp, form.Version);
    }

    private async Task<RequestForAction?> CurrentRoundAsync() =>
        await currentRound.IdAsync() is { } id ? await db.RequestsForAction.FirstAsync(r => r.Id == id) : null;

    private async Task<Outcome> Save(RequestForAction rfp, Guid version)
    {
        db.Entry(rfp).Property(r => r.Version).OriginalValue = version;
        rfp.Version = Guid.NewGuid();
        rfp.UpdatedAtUtc = clock.UtcNow;
        try
        {
            await db.SaveChangesAsync();
            return Outcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome.Conflict(ConflictMessage);
        }
    }
}
