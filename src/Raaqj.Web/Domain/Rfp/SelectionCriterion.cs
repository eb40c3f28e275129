namespace Raaqj.Web.Domain.Rfp;

public class SelectionCriterion
{
    public const int TitleMaxLength = 200;
    public const int GuidanceMaxLength = 4000;

    public int Id { get; set; }
    public int RequestForActionId { get; set; }
    public int Position { get; set; }
    public string Title { get; set; } = "";
    public string Guidance { get; set; } = "";

    // Share of the total score, in percent; the weights of one request total 100.
    public int Weight { get; set; }
    public int ScaleMin { get; set; } = 1;
    public int ScaleMax { get; set; } = 5;
}
