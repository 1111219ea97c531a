using SolidarityGraph.Client.Generator.Analysis;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Client.Generator.Shapes;

/// <summary>
/// Turns selections into result types named by path like Strawberry Shake's: <c>IGetProjectsResult</c>,
/// <c>IGetProjects_Projects</c>, <c>IGetProjects_Projects_Nodes</c>; a fragment becomes <c>I{Fragment}</c>; an abstract
/// field gives a common interface plus one interface and class per possible type (<c>IGetNode_Node_Project</c>).
/// Every selection that also belongs to a fragment (or to an abstract field's common part) implements its interface.
/// </summary>
internal sealed class ShapeBuilder(FieldCollector collector, TypeMapper types)
{
    private static readonly IReadOnlyList<Origin> NoOrigins = Array.Empty<Origin>();

    public List<InterfaceShape> Interfaces { get; } = new();

    public List<ClassShape> Classes { get; } = new();

    public List<DispatchShape> Dispatches { get; } = new();

    /// <summary>The root result of an operation: class <c>{Op}Result</c>, interface <c>I{Op}Result</c>.</summary>
    public void Operation(string name, SelectionSetNode selectionSet, ObjectType root) =>
        Class(name + "Result", "I" + name + "Result", name, root, new[] { (selectionSet, NoOrigins) }, null, $"The result of {name}.");

    /// <summary>The interface <c>I{Fragment}</c> of a named fragment (nested composite fields get interfaces too).</summary>
    public void Fragment(FragmentDefinitionNode fragment, INamedType typeCondition) =>
        InterfaceOnly(fragment.Name.Value, typeCondition, new[] { (fragment.SelectionSet, NoOrigins) }, $"The fragment {fragment.Name.Value} on {typeCondition.Name}.");

    private string Field(string path, INamedType type, IReadOnlyList<(SelectionSetNode, IReadOnlyList<Origin>)> inputs)
    {
        if (type is ObjectType objectType)
        {
            Class(path, "I" + path, path, objectType, inputs, null, $"{objectType.Name} at {path}.");
            return "I" + path;
        }

        InterfaceOnly(path, type, inputs, $"Any {type.Name} at {path}; pattern-match the per-type interfaces.");
        var common = new Origin("I" + path, type);
        var cases = new List<(string, string)>();
        foreach (var possible in collector.PossibleTypes(type))
        {
            var name = path + "_" + possible.Name;
            Class(name, "I" + name, name, possible, inputs, common, $"A {possible.Name} at {path}.");
            cases.Add((possible.Name, name));
        }

        Dispatches.Add(new DispatchShape("I" + path, path, cases));
        return "I" + path;
    }

    private void Class(
        string name, string ownInterface, string childPrefix, ObjectType type,
        IEnumerable<(SelectionSetNode Set, IReadOnlyList<Origin> Origins)> inputs, Origin? common, string summary)
    {
        var withCommon = inputs.Select(i => (i.Set, common is null ? i.Origins : (IReadOnlyList<Origin>)i.Origins.Concat(new[] { common }).ToList()));
        var collection = collector.Collect(ForType(withCommon, type), type);
        var members = collection.Fields.Select(f => Member(f, childPrefix, interfaceOnly: false)).ToList();
        var bases = collection.Reached.Where(b => b != ownInterface).ToList();
        Interfaces.Add(new InterfaceShape(ownInterface, bases, members, summary));
        Classes.Add(new ClassShape(name, ownInterface, type.Name, members));
    }

    private void InterfaceOnly(string path, INamedType context, IEnumerable<(SelectionSetNode, IReadOnlyList<Origin>)> inputs, string summary)
    {
        var collection = collector.Collect(inputs, context);
        var members = collection.Fields.Select(f => Member(f, path, interfaceOnly: true)).ToList();
        Interfaces.Add(new InterfaceShape("I" + path, collection.Reached.Where(b => b != "I" + path).ToList(), members, summary));
    }

    /// <summary>
    /// A nested abstract field inside a fragment (or inside an abstract field's common interface) gets, as at the top
    /// level of an operation, one interface per possible type, extending the common one: <c>IFragment_Field_Project</c>.
    /// </summary>
    private void PerTypeInterfaces(string path, INamedType type, IReadOnlyList<(SelectionSetNode Set, IReadOnlyList<Origin> Origins)> inputs)
    {
        var common = new Origin("I" + path, type, PerType: true);
        var withCommon = inputs.Select(i => (i.Set, (IReadOnlyList<Origin>)i.Origins.Concat(new[] { common }).ToList())).ToList();
        foreach (var possible in collector.PossibleTypes(type))
        {
            InterfaceOnly(path + "_" + possible.Name, possible, ForType(withCommon, possible), $"A {possible.Name} at {path}.");
        }
    }

    /// <summary>
    /// The inputs for one object type: every origin with per-type interfaces adds the one for <paramref name="type"/>, so
    /// the selections it contributes (common or inside <c>... on Type</c>) make the result implement it.
    /// </summary>
    private IEnumerable<(SelectionSetNode, IReadOnlyList<Origin>)> ForType(
        IEnumerable<(SelectionSetNode Set, IReadOnlyList<Origin> Origins)> inputs, ObjectType type) =>
        inputs.Select(i => (i.Set, (IReadOnlyList<Origin>)i.Origins
            .Concat(i.Origins.Where(o => o.PerType && collector.PossibleTypes(o.Context).Any(t => t.Name == type.Name))
                .Select(o => new Origin(o.Interface + "_" + type.Name, type)))
            .ToList()));

    private Member Member(CollectedField field, string childPrefix, bool interfaceOnly)
    {
        var named = field.Type.NamedType();
        var property = CSharpNames.Property(field.ResponseName);
        string? composite = null;
        if (named.IsCompositeType())
        {
            var path = childPrefix + "_" + property;
            var inputs = field.Nodes
                .Where(n => n.Node.SelectionSet is not null)
                .Select(n => (n.Node.SelectionSet!, (IReadOnlyList<Origin>)n.Origins.Select(o => new Origin(o.Interface + "_" + property, named, named is IAbstractType)).ToList()))
                .ToList();
            if (interfaceOnly)
            {
                InterfaceOnly(path, named, inputs, $"{named.Name} at {path}.");
                if (named is IAbstractType)
                {
                    PerTypeInterfaces(path, named, inputs);
                }

                composite = "I" + path;
            }
            else
            {
                composite = Field(path, named, inputs);
            }
        }

        var forceNullable = !field.Unconditional;
        return new Member(field.ResponseName, property, field.Type, composite, forceNullable, types.Output(field.Type, composite, forceNullable), field.Summary);
    }
}
