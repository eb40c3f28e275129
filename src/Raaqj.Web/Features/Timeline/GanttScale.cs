using System.Globalization;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Features.Timeline;

// Where dates fall across a drawing of the program's months: each month the same width, a date placed by the share
// of its month gone; dates before the start or after the end are held at the edges.
public sealed class GanttScale(ProgramCalendar calendar, int months, double left, double width)
{
    public double Left => left;

    public double Right => left + width;

    public double MonthWidth => width / months;

    public double X(DateOnly date)
    {
        var month = calendar.MonthOn(date);
        if (month < 1)
            return left;
        if (month > months)
            return Right;
        var first = calendar.FirstDayOf(month);
        var days = calendar.FirstDayOf(month + 1).DayNumber - first.DayNumber;
        return left + (month - 1 + (date.DayNumber - first.DayNumber) / (double)days) * MonthWidth;
    }

    public double StartOf(int month) => left + (Math.Clamp(month, 1, months + 1) - 1) * MonthWidth;

    // Numbers in SVG attributes, with a dot whatever the culture.
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
