using SolidarityGraph.GraphQL.Types.Directives;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>
/// Collects every named type a schema references, in the same order as graphql-js 17.1.0's <c>GraphQLSchema</c>
/// constructor, so type lists, introspection and printed SDL come out in the same order.
/// </summary>
internal static class TypeCollector
{
    public static IReadOnlyList<INamedType> Collect(
        SchemaConfig config,
        IReadOnlyList<DirectiveDefinition> directives,
        IReadOnlyList<INamedType> introspectionTypes)
    {
        var set = new OrderedSet();
        var explicitTypes = config.Types ?? Array.Empty<INamedType>();
        foreach (var type in explicitTypes)
        {
            set.Add(type);
        }

        // Each explicit type moves behind everything collected so far, followed by the types it first reaches.
        foreach (var type in explicitTypes)
        {
            set.Remove(type);
            Visit(type, set);
        }

        foreach (var root in new[] { config.Query, config.Mutation, config.Subscription })
        {
            if (root is not null)
            {
                Visit(root, set);
            }
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Visit(argument.Type.NamedType(), set);
            }
        }

        foreach (var type in introspectionTypes)
        {
            Visit(type, set);
        }

        return set.ToList();
    }

    private static void Visit(INamedType type, OrderedSet set)
    {
        if (!set.Add(type))
        {
            return;
        }

        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Visit(member, set);
                }

                break;
            case IComplexOutputType complex:
                foreach (var iface in complex.Interfaces)
                {
                    Visit(iface, set);
                }

                foreach (var field in complex.Fields)
                {
                    Visit(field.Type.NamedType(), set);
                    foreach (var argument in field.Arguments)
                    {
                        Visit(argument.Type.NamedType(), set);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Visit(field.Type.NamedType(), set);
                }

                break;
        }
    }

    /// <summary>An insertion-ordered set by reference that supports removal (a JavaScript <c>Set</c>).</summary>
    private sealed class OrderedSet
    {
        private readonly Dictionary<INamedType, LinkedListNode<INamedType>> _nodes = new(ReferenceEqualityComparer.Instance);
        private readonly LinkedList<INamedType> _order = new();

        public bool Add(INamedType type)
        {
            if (_nodes.ContainsKey(type))
            {
                return false;
            }

            _nodes.Add(type, _order.AddLast(type));
            return true;
        }

        public void Remove(INamedType type)
        {
            if (_nodes.TryGetValue(type, out var node))
            {
                _order.Remove(node);
                _nodes.Remove(type);
            }
        }

        public List<INamedType> ToList() => _order.ToList();
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<INamedType>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(INamedType? x, INamedType? y) => ReferenceEquals(x, y);

        public int GetHashCode(INamedType obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
