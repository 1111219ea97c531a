using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Utilities;

/// <summary>One problem found in a constant input literal: the message, the path inside the value, and the node.</summary>
public sealed class InputLiteralProblem
{
    /// <summary>Creates a problem.</summary>
    public InputLiteralProblem(string message, IReadOnlyList<object> path, ValueNode node)
    {
        Message = message;
        Path = path;
        Node = node;
    }

    /// <summary>graphql-js 17.1.0's wording.</summary>
    public string Message { get; }

    /// <summary>Field names and list indices from the top of the literal to the problem.</summary>
    public IReadOnlyList<object> Path { get; }

    /// <summary>The literal the problem is reported at.</summary>
    public ValueNode Node { get; }
}

/// <summary>
/// Explains why a constant literal is not a valid value of an input type (graphql-js <c>validateInputLiteral</c>
/// without variables): null for non-null types, wrong shapes, missing required or unknown input fields, OneOf
/// rules and scalar/enum coercion failures. Variables are skipped.
/// </summary>
public static class InputLiteralValidator
{
    /// <summary>Every problem of <paramref name="literal"/> as a value of <paramref name="type"/>; empty when valid.</summary>
    public static IReadOnlyList<InputLiteralProblem> Validate(ValueNode literal, IType type)
    {
        var problems = new List<InputLiteralProblem>();
        Visit(literal, type, new List<object>(), problems);
        return problems;
    }

    /// <summary>The <c> at .a[0].b</c> suffix graphql-js adds for a non-empty path (<c>printPathArray</c>).</summary>
    public static string PrintPath(IReadOnlyList<object> path) =>
        path.Count == 0 ? "" : " at " + string.Concat(path.Select(k => k is int i ? "[" + i + "]" : "." + k));

    private static void Visit(ValueNode node, IType type, List<object> path, List<InputLiteralProblem> problems)
    {
        void Report(string message, ValueNode at) => problems.Add(new InputLiteralProblem(message, path.ToArray(), at));

        if (node is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                Report($"Expected value of non-null type \"{type}\" not to be null.", node);
                return;
            }

            Visit(node, nonNull.OfType, path, problems);
            return;
        }

        if (node is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list when node is ListValueNode items:
                for (var i = 0; i < items.Values.Count; i++)
                {
                    path.Add(i);
                    Visit(items.Values[i], list.OfType, path, problems);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case ListType list:
                Visit(node, list.OfType, path, problems);
                break;
            case InputObjectType input:
                VisitInputObject(node, input, path, problems);
                break;
            case EnumType enumType:
                Leaf(() => enumType.ParseLiteral(node));
                break;
            case ScalarType scalar:
                Leaf(() => scalar.ParseLiteral(node));
                break;
        }

        void Leaf(Func<object?> parse)
        {
            try
            {
                parse();
            }
            catch (LeafCoercionException error)
            {
                Report(error.Message, error.Literal ?? node);
            }
        }
    }

    private static void VisitInputObject(ValueNode node, InputObjectType input, List<object> path, List<InputLiteralProblem> problems)
    {
        void Report(string message, ValueNode at, IReadOnlyList<object> atPath) => problems.Add(new InputLiteralProblem(message, atPath, at));

        if (node is not ObjectValueNode obj)
        {
            Report($"Expected value of type \"{input.Name}\" to be an object, found: {Printer.Print(node)}.", node, path.ToArray());
            return;
        }

        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            given[field.Name.Value] = field;
        }

        foreach (var field in input.Fields)
        {
            if (!given.TryGetValue(field.Name, out var fieldNode))
            {
                if (field.Type is NonNullType && !field.HasDefaultValue)
                {
                    Report($"Expected value of type \"{input.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(node)}.", node, path.ToArray());
                }

                continue;
            }

            path.Add(field.Name);
            Visit(fieldNode.Value, field.Type, path, problems);
            path.RemoveAt(path.Count - 1);
        }

        var known = new List<ObjectFieldNode>();
        foreach (var field in obj.Fields)
        {
            if (input.Fields.Contains(field.Name.Value))
            {
                known.Add(field);
                continue;
            }

            var suggestion = Suggestions.DidYouMean(null, Suggestions.SuggestionList(field.Name.Value, input.Fields.Select(f => f.Name)));
            problems.Add(new InputLiteralProblem(
                $"Expected value of type \"{input.Name}\" not to include unknown field \"{field.Name.Value}\""
                + (suggestion.Length > 0 ? "." + suggestion + " Found" : ", found") + $": {Printer.Print(node)}.",
                path.ToArray(),
                node));
        }

        if (input.IsOneOf)
        {
            var message = $"Within OneOf Input Object type \"{input.Name}\", exactly one field must be specified, and the value for that field must be non-null.";
            if (known.Count != 1)
            {
                Report(message, node, path.ToArray());
            }
            else if (known[0].Value is NullValueNode)
            {
                Report(message, node, path.Concat(new object[] { known[0].Name.Value }).ToArray());
            }
        }
    }
}
