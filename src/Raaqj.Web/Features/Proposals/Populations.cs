using FluentValidation;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Features.Proposals;

public sealed class PopulationsForm : ISectionForm
{
    public Guid Version { get; set; }
    public string? Intent { get; set; }
    public List<FigureForm> Figures { get; set; } = [];

    public bool Redraw() => false;

    public sealed class FigureForm
    {
        public PriorityPopulation Population { get; set; }
        public int? Count { get; set; }
        public decimal? SharePercent { get; set; }
        public string Source { get; set; } = "";
        public int? Year { get; set; }
    }

    public static PopulationsForm From(Proposal p) => new()
    {
        Version = p.PopulationsVersion,
        Figures = ProposalLabels.Populations.Select(population =>
        {
            var figure = p.PopulationFigures.FirstOrDefault(f => f.Population == population);
            return new FigureForm { Population = population, Count = figure?.Count, SharePercent = figure?.SharePercent, Source = figure?.Source ?? "", Year = figure?.Year };
        }).ToList(),
    };


    public void ApplyTo(Proposal p)
    {
        foreach (var form in Figures.Where(f => ProposalLabels.Populations.Contains(f.Population)))
        {
            var figure = p.PopulationFigures.FirstOrDefault(f => f.Population == form.Population);
            if (figure is null)
            {
                figure = new PopulationFigure { Population = form.Population };
                p.PopulationFigures.Add(figure);
            }
            figure.Count = form.Count;
            figure.SharePercent = form.SharePercent;
            figure.Source = form.Source.Trim();
            figure.Year = form.Year;
        }
    }
}

public sealed class PopulationsFormValidator : AbstractValidator<PopulationsForm>
{
    public PopulationsFormValidator(TimeProvider time) =>
        RuleForEach(f => f.Figures).ChildRules(figure =>
        {
            figure.RuleFor(f => f.Count).InclusiveBetween(0, 50_000_000).WithMessage("Enter a number of people between 0 and 50,000,000.");
            figure.RuleFor(f => f.SharePercent).InclusiveBetween(0, 100).WithMessage("Enter a share between 0 and 100 percent.")
                .PrecisionScale(5, 2, true).WithMessage("Use at most two decimals.");
            figure.RuleFor(f => f.Source).MaximumLength(PopulationFigure.SourceMaxLength).WithMessage($"Keep the source under {PopulationFigure.SourceMaxLength} characters.");
            figure.RuleFor(f => f.Year).InclusiveBetween(1990, time.GetUtcNow().Year).WithMessage($"Enter the year of the data, from 1990 to {time.GetUtcNow().Year}.");
        });
}
