using SolidarityGraph.GraphQL.Data.Projections;

namespace SolidarityGraph.GraphQL.Data.Paging;

/// <summary>
/// The cursors of one page, encoded when first asked for (<see cref="Cursor.Encode"/> of the row's sort-key slots):
/// a query that selects only <c>nodes</c> never encodes one. Rows are in read order; a backward page was read in
/// reverse, so its item <c>i</c> is row <c>count - 1 - i</c>.
/// </summary>
internal sealed class PageCursors(string signature, IReadOnlyList<ProjectedRow> rows, int sortSlots, int count, bool reversed)
{
    private readonly string?[] _encoded = new string?[count];

    /// <summary>The cursor of item <paramref name="index"/> of the page (list order).</summary>
    public string At(int index)
    {
        // Encoding is pure, so two threads racing here store equal strings.
        return _encoded[index] ??= Encode(rows[reversed ? count - 1 - index : index]);
    }

    private string Encode(ProjectedRow row)
    {
        var values = new object?[sortSlots];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = row.Slot(k);
        }

        return Cursor.Encode(signature, values);
    }
}
