using System.Text;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// Where inside an input value a coercion problem is (graphql-js <c>printPathArray</c>: <c> at .points[0].x</c>),
/// as an immutable linked list so descending allocates one node.
/// </summary>
internal sealed class InputPath
{
    private InputPath(InputPath? parent, string? field, int index)
    {
        Parent = parent;
        Field = field;
        Index = index;
    }

    public InputPath? Parent { get; }

    public string? Field { get; }

    public int Index { get; }

    public static InputPath? AddField(InputPath? parent, string field) => new(parent, field, -1);

    public static InputPath? AddIndex(InputPath? parent, int index) => new(parent, null, index);

    /// <summary>The suffix for messages: empty for the root, else <c>" at .a[0]"</c>.</summary>
    public static string Print(InputPath? path)
    {
        if (path is null)
        {
            return "";
        }

        var segments = new List<InputPath>();
        for (var node = path; node is not null; node = node.Parent)
        {
            segments.Add(node);
        }

        var text = new StringBuilder(" at ");
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            text.Append(segments[i].Field is { } field ? "." + field : "[" + segments[i].Index + "]");
        }

        return text.ToString();
    }
}
