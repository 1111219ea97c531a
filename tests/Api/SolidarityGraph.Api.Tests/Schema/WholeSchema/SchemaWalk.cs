namespace SolidarityGraph.Api.Tests.Schema.WholeSchema;

/// <summary>One selection under a root field: <paramref name="Path"/> names it in reports, <paramref name="Text"/> is the GraphQL.</summary>
public sealed record SelectionPart(string Path, string Text);

/// <summary>
/// One root field call: its arguments and every part of the selection. The whole selection is asked first; when it
/// fails, each part is asked alone so the report names the failing field, not just the root.
/// </summary>
public sealed record RootCall(string Label, string Head, IReadOnlyList<SelectionPart> Parts)
{
    public string Query(IEnumerable<SelectionPart> parts) => "{ " + Head + " { " + string.Join(" ", parts.Select(p => p.Text)) + " } }";
}

/// <summary>
/// Generates the whole-schema queries from the introspected schema: every root field, with every leaf field that needs
/// no arguments of what it returns, two object levels deep. A connection is walked through its <c>nodes</c> (which
/// costs no level); an interface or union root is asked once per possible type, each with its own arguments.
/// </summary>
public sealed class SchemaWalk(SchemaShape schema, Func<ShapeField, ShapeArgument, string?, string?> argumentValue)
{
    private const int Levels = 2;

    /// <summary>Every root call, and the root fields that could not be called (a required argument without a value).</summary>
    public (IReadOnlyList<RootCall> Calls, IReadOnlyList<string> Uncallable) RootCalls()
    {
        var calls = new List<RootCall>();
        var uncallable = new List<string>();
        foreach (var field in schema[schema.QueryType].Fields)
        {
            var returned = schema[field.TypeName];
            var targets = returned.IsAbstract ? returned.PossibleTypes.Order(StringComparer.Ordinal).Select(t => (string?)t) : [null];
            foreach (var concrete in targets)
            {
                var arguments = field.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, Value: argumentValue(field, a, concrete))).ToList();
                if (arguments.Any(a => a.Value is null))
                {
                    uncallable.Add($"{field.Name}{(concrete is null ? "" : " on " + concrete)}: no seeded value for ({string.Join(", ", arguments.Where(a => a.Value is null).Select(a => a.Name))})");
                    continue;
                }

                var head = field.Name + (arguments.Count == 0 ? "" : "(" + string.Join(", ", arguments.Select(a => $"{a.Name}: {a.Value}")) + ")");
                var parts = concrete is null ? Parts(returned, 1) : Fragment(concrete, Parts(schema[concrete], 1));

                var label = concrete is null ? field.Name : $"{field.Name}(… on {concrete})";
                calls.Add(new RootCall(label, head, parts.Prepend(new SelectionPart("__typename", "__typename")).ToList()));
            }
        }

        return (calls, uncallable);
    }

    /// <summary>The parts of a selection on <paramref name="type"/> at <paramref name="level"/> (1 = what a root field returns).</summary>
    private List<SelectionPart> Parts(ShapeType type, int level, Func<string, string>? alias = null)
    {
        alias ??= name => name;
        var parts = new List<SelectionPart>();
        var isConnection = type.Fields.Any(f => f.Name == "nodes");
        foreach (var field in type.Fields.Where(f => f.NeedsNoArguments))
        {
            var target = schema[field.TypeName];
            if (target.IsLeaf)
            {
                parts.Add(new SelectionPart(field.Name, alias(field.Name)));
            }
            else if (isConnection && field.Name == "nodes")
            {
                parts.AddRange(Parts(target, level).Select(p => new SelectionPart("nodes." + p.Path, "nodes { " + p.Text + " }")));
            }
            else if (isConnection && field.Name == "edges")
            {
                parts.Add(new SelectionPart("edges.cursor", "edges { cursor }"));
            }
            else if (level < Levels && target.IsAbstract)
            {
                // One part per possible type; fields they share are aliased per type, since the same name may have
                // another type in each (§5.3.2 Field Selection Merging).
                var shared = target.PossibleTypes.SelectMany(t => schema[t].Fields.Select(f => f.Name)).GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
                foreach (var possible in target.PossibleTypes.Order(StringComparer.Ordinal))
                {
                    var inner = Parts(schema[possible], level + 1, name => shared.Contains(name) ? $"{possible}_{name}: {name}" : name);
                    var text = string.Join(" ", inner.Select(p => p.Text).Prepend("__typename"));
                    parts.Add(new SelectionPart($"{field.Name}(… on {possible})", $"{alias(field.Name)} {{ ... on {possible} {{ {text} }} }}"));
                }
            }
            else if (level < Levels)
            {
                var inner = Parts(target, level + 1);
                var text = string.Join(" ", inner.Select(p => p.Text).Prepend("__typename"));
                parts.Add(new SelectionPart(field.Name, alias(field.Name) + " { " + text + " }"));
            }
        }

        return parts;
    }

    private static List<SelectionPart> Fragment(string type, IEnumerable<SelectionPart> parts) =>
        parts.Select(p => new SelectionPart($"{type}.{p.Path}", $"... on {type} {{ {p.Text} }}")).ToList();
}
