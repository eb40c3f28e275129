using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Features.Timeline;

// How a milestone's state reads and looks on every page: the words and the badge colours, in one place.
public static class MilestoneWording
{
    public static string Status(MilestoneStatus status) => status switch
    {
        MilestoneStatus.NotStarted => "Not started",
        MilestoneStatus.InProgress => "In progress",
        MilestoneStatus.Done => "Done",
        _ => "Blocked",
    };

    public static string StatusBadge(MilestoneStatus status) => status switch
    {
        MilestoneStatus.Done => "text-bg-success",
        MilestoneStatus.InProgress => "text-bg-primary",
        MilestoneStatus.Blocked => "text-bg-dark",
        _ => "text-bg-light border",
    };

    public static string? Urgency(MilestoneUrgency urgency) => urgency switch
    {
        MilestoneUrgency.Late => "Late",
        MilestoneUrgency.DueSoon => "Due soon",
        _ => null,
    };

    public static string UrgencyBadge(MilestoneUrgency urgency) => urgency == MilestoneUrgency.Late ? "text-bg-danger" : "text-bg-warning";

    // "Friday, March 31, 2027 (end of month 5)" or the date alone.
    public static string Due(MilestoneRow row) =>
        Infrastructure.ProgramClock.DateInWords(row.Due) + (row.DueByEndOfMonth is { } month ? $" (end of month {month})" : "");

    public static string Slip(int days) => days == 0 ? "on plan" : days > 0 ? $"{days} day{(days == 1 ? "" : "s")} later" : $"{-days} day{(days == -1 ? "" : "s")} earlier";
}

// A milestone as a list item: where its title leads (null: nowhere) and whether it names its region.
public sealed record MilestoneItem(MilestoneRow Row, string? Link, bool ShowRegion);
