namespace Raaqj.Web.Domain.Impact;

// What the program team writes above the program report before it goes to the board and national partners: the
// portal drafts the figures and their sentences, people add what the figures cannot say. One a program.
public class BoardReportIntroduction
{
    public const int TextMaxLength = 4000;

    public int Id { get; set; }
    public int ProgramEditionId { get; set; }
    public string Text { get; set; } = "";
    public string UpdatedByUserId { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
