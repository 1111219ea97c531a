using SolidarityGraph.Client.Generator.Analysis;
using SolidarityGraph.Client.Generator.Shapes;

namespace SolidarityGraph.Client.Generator.Emit;

/// <summary>
/// Writes result interfaces and classes. An interface leaves out a member its bases already declare with the same
/// type and re-declares it with <c>new</c> when a base declares another type; a class implements such members
/// explicitly, so fragment interfaces and per-type interfaces all hold.
/// </summary>
internal sealed class ResultTypeEmitter(IReadOnlyDictionary<string, InterfaceShape> registry)
{
    public void Interface(CodeWriter writer, InterfaceShape shape)
    {
        var bases = shape.Bases.Count == 0 ? string.Empty : " : " + string.Join(", ", shape.Bases);
        writer.Summary(CSharpNames.Xml(shape.Summary));
        using (writer.Block($"public partial interface {shape.Name}{bases}"))
        {
            foreach (var member in shape.Members)
            {
                var inherited = Inherited(shape, member.Property);
                if (inherited.Count > 0 && inherited.All(t => t == member.CSharpType))
                {
                    continue;
                }

                var modifier = inherited.Count > 0 ? "new " : string.Empty;
                writer.Summary(member.Summary).Line($"{modifier}{member.CSharpType} {member.Property} {{ get; }}");
            }
        }

        writer.Line();
    }

    public void Class(CodeWriter writer, ClassShape shape)
    {
        writer.Summary(CSharpNames.Xml($"The {shape.GraphQLType} read for {shape.Interface}."));
        using (writer.Block($"public sealed partial class {shape.Name} : {shape.Interface}"))
        {
            var parameters = string.Join(", ", shape.Members.Select((m, i) => $"{m.CSharpType} {Parameter(i)}"));
            writer.Summary("Holds the values the generated parser read from the response, in the order of the properties.");
            using (writer.Block($"public {shape.Name}({parameters})"))
            {
                for (var i = 0; i < shape.Members.Count; i++)
                {
                    writer.Line($"{shape.Members[i].Property} = {Parameter(i)};");
                }
            }

            foreach (var member in shape.Members)
            {
                writer.Line().Summary(member.Summary).Line($"public {member.CSharpType} {member.Property} {{ get; }}");
            }

            foreach (var (owner, member) in ExplicitMembers(shape))
            {
                writer.Line().Line($"{member.CSharpType} {owner}.{member.Property} => {member.Property};");
            }
        }

        writer.Line();
    }

    /// <summary>Members declared by the class's interfaces with another type than the class's own property.</summary>
    private IEnumerable<(string Owner, Member Member)> ExplicitMembers(ClassShape shape)
    {
        var own = shape.Members.ToDictionary(m => m.Property, m => m.CSharpType);
        foreach (var name in Closure(shape.Interface))
        {
            foreach (var member in Declared(registry[name]))
            {
                if (own.TryGetValue(member.Property, out var type) && type != member.CSharpType)
                {
                    yield return (name, member);
                }
            }
        }
    }

    /// <summary>The members an interface writes out (see <see cref="Interface"/>).</summary>
    private IEnumerable<Member> Declared(InterfaceShape shape) =>
        shape.Members.Where(m => Inherited(shape, m.Property) is var inherited && !(inherited.Count > 0 && inherited.All(t => t == m.CSharpType)));

    /// <summary>The types with which the bases of <paramref name="shape"/> (transitively) declare <paramref name="property"/>.</summary>
    private List<string> Inherited(InterfaceShape shape, string property) =>
        shape.Bases.SelectMany(Closure)
            .Distinct()
            .SelectMany(name => registry[name].Members.Where(m => m.Property == property).Select(m => m.CSharpType))
            .Distinct()
            .ToList();

    /// <summary><paramref name="name"/> and every interface it extends.</summary>
    private IEnumerable<string> Closure(string name)
    {
        var seen = new List<string>();
        var pending = new Stack<string>(new[] { name });
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (seen.Contains(next) || !registry.ContainsKey(next))
            {
                continue;
            }

            seen.Add(next);
            foreach (var b in registry[next].Bases)
            {
                pending.Push(b);
            }
        }

        return seen;
    }

    private static string Parameter(int index) => "p" + index;
}
