namespace Raaqj.Web.Features.Proposals;

// Applies the rows of a form to the rows of an entity: keeps and updates known ids, adds new ones, drops the rest.
public static class RowSync
{
    public interface IRowForm
    {
        int Id { get; }
        bool Remove { get; }
    }

    public static void Apply<TRow, TForm>(List<TRow> rows, IEnumerable<TForm> forms, Func<TRow, int> idOf, Action<TForm, TRow, int> copy)
        where TRow : new() where TForm : IRowForm
    {
        var kept = forms.Where(f => !f.Remove).ToList();
        rows.RemoveAll(row => !kept.Any(f => f.Id != 0 && f.Id == idOf(row)));
        for (var i = 0; i < kept.Count; i++)
        {
            var form = kept[i];
            var row = form.Id == 0 ? default : rows.FirstOrDefault(r => idOf(r) == form.Id);
            if (row is null)
            {
                row = new TRow();
                rows.Add(row);
            }
            copy(form, row, i + 1);
        }
    }
}
