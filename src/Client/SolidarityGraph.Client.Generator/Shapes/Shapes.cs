using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Client.Generator.Shapes;

/// <summary>A property of a result type: the response name it is read from, its C# type and its XML doc text.</summary>
/// <param name="Composite">The result interface of an object, interface or union field; null for leaves.</param>
internal sealed record Member(string ResponseName, string Property, IType Type, string? Composite, bool ForceNullable, string CSharpType, string Summary);

/// <summary>A result interface: a selection's own interface, a fragment interface, or an abstract field's common interface.</summary>
internal sealed record InterfaceShape(string Name, IReadOnlyList<string> Bases, IReadOnlyList<Member> Members, string Summary);

/// <summary>A result class for one object type, implementing <see cref="Interface"/>.</summary>
internal sealed record ClassShape(string Name, string Interface, string GraphQLType, IReadOnlyList<Member> Members);

/// <summary>An abstract field's parser: chooses the class by <c>__typename</c>.</summary>
internal sealed record DispatchShape(string Interface, string Path, IReadOnlyList<(string Typename, string Class)> Cases);
