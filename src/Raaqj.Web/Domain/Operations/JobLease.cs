namespace Raaqj.Web.Domain.Operations;

// A scheduled job's row: which instance runs it now (a lease) and when it last ran, so each run happens once
// however many instances share the database (docs/decisions/ADR-011-scheduled-work.md).
public class JobLease
{
    public const int NameMaxLength = 100;
    public const int OwnerMaxLength = 64;

    public string Name { get; set; } = "";
    public string? Owner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime? LastRunAtUtc { get; set; }
}
