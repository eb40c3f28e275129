namespace Raaqj.Web.Domain.Audit;

// One state change of importance: who did what to which record, with the values before and after.
public class AuditEntry
{
    public const int ActionMaxLength = 100;
    public const int EntityTypeMaxLength = 100;
    public const int EntityIdMaxLength = 100;
    public const int ActorMaxLength = 256;
    public const int SummaryMaxLength = 500;
    public const int ValuesMaxLength = 8000;

    public long Id { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public string? ActorUserId { get; set; }
    public string ActorEmail { get; set; } = "";
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
}
