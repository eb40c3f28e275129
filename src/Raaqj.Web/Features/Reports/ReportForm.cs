using FluentValidation;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Features.Timeline;

namespace Raaqj.Web.Features.Reports;

public sealed class ReportLineForm
{
    public int IndicatorId { get; set; }
    public decimal? Value { get; set; }
    public string? Explanation { get; set; }
}

public sealed class ReportForm : IEvidenceForm
{
    public string? Narrative { get; set; }
    public List<ReportLineForm> Lines { get; set; } = [];
    public IFormFile? EvidenceFile { get; set; }
    public List<int> RemoveFiles { get; set; } = [];

    // Which button was pressed: save the draft, or save and submit it for review.
    public bool Submit { get; set; }
    public Guid? Version { get; set; }

    // The form's fields a problem can stand next to, the lines' included.
    public string[] Fields() =>
        [nameof(Narrative), EvidenceFiles.Field, .. Lines.SelectMany((_, i) => new[] { $"{nameof(Lines)}[{i}].{nameof(ReportLineForm.Value)}", $"{nameof(Lines)}[{i}].{nameof(ReportLineForm.Explanation)}" })];
}

public sealed class ReportFormValidator : AbstractValidator<ReportForm>
{
    public ReportFormValidator()
    {
        RuleFor(f => f.Narrative).MaximumLength(PeriodReport.NarrativeMaxLength);
        RuleFor(f => f.Narrative).NotEmpty().When(f => f.Submit).WithMessage("Say in a few lines how the period went before you submit.");
        RuleForEach(f => f.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Value).InclusiveBetween(-1_000_000_000m, 1_000_000_000m).WithMessage("Enter a value between -1,000,000,000 and 1,000,000,000.");
            line.RuleFor(l => l.Explanation).MaximumLength(ReportValue.ExplanationMaxLength);
        });
    }
}

public sealed class DecisionForm
{
    public string? Note { get; set; }
    public Guid? Version { get; set; }
}
