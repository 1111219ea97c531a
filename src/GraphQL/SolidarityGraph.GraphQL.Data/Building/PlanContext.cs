using SolidarityGraph.GraphQL.Data.Projections;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Data.Building;

/// <summary>What planning one data field needs from the resolver call: selections, field policies, variables.</summary>
internal sealed class PlanContext(IResolverContext context)
{
    public IResolverContext Resolver => context;

    public SelectionReader Selections { get; } = new(context);

    public FieldAccess Access { get; } = new(context);

    /// <summary>Spec §6.4.1 CoerceArgumentValues for a field below the resolving one (its arguments are not coerced yet).</summary>
    public IReadOnlyDictionary<string, object?> CoerceArguments(OutputField field, FieldNode node, string coordinate)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in field.Arguments)
        {
            var given = node.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name);
            var missingVariable = given?.Value is VariableNode variable && !context.Variables.ContainsKey(variable.Name.Value);
            if (given is null || missingVariable)
            {
                if (argument.HasDefaultValue)
                {
                    values[argument.Name] = argument.DefaultValue;
                }

                continue;
            }

            if (!ValueFromAst.TryCoerce(given.Value, argument.Type, context.Variables, out var value))
            {
                throw new GraphQLException($"{coordinate}: the argument \"{argument.Name}\" has an invalid value.", ExecutionErrorCodes.ArgumentInvalid);
            }

            values[argument.Name] = value;
        }

        return values;
    }
}
