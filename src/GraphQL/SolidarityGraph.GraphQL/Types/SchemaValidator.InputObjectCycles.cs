using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Types;

public static partial class SchemaValidator
{
    /// <summary>
    /// Spec §3.10.2 (3) and §3.10.1: every input object must admit a finite value. An ordinary input object needs
    /// all its non-null input-object fields to admit one; a OneOf input object needs just one field that does
    /// (or that is not an input object). Objects that never qualify are reported once per reference cycle.
    /// </summary>
    private static void ValidateInputObjectsHaveFiniteValues(SchemaValidationContext context)
    {
        var states = new Dictionary<InputObjectType, FiniteState>();
        foreach (var input in context.Schema.Types.OfType<InputObjectType>())
        {
            states[input] = new FiniteState(input);
        }

        var ready = new Stack<FiniteState>();
        void MarkFinite(FiniteState state)
        {
            if (!state.HasFiniteValue)
            {
                state.HasFiniteValue = true;
                ready.Push(state);
            }
        }

        foreach (var state in states.Values)
        {
            foreach (var field in state.Input.Fields)
            {
                var target = FiniteValueTarget(state.Input, field.Type);
                if (target is null)
                {
                    continue;
                }

                state.Targets.Add((field, target));
                if (states.TryGetValue(target, out var targetState))
                {
                    targetState.Dependents.Add(state);
                }
            }

            if (state.Input.IsOneOf)
            {
                if (state.Input.Fields.Count == 0 || state.Targets.Count < state.Input.Fields.Count)
                {
                    MarkFinite(state);
                }
            }
            else
            {
                state.Unresolved = state.Targets.Count;
                if (state.Targets.Count == 0)
                {
                    MarkFinite(state);
                }
            }
        }

        while (ready.Count > 0)
        {
            foreach (var dependent in ready.Pop().Dependents)
            {
                if (!dependent.HasFiniteValue && (dependent.Input.IsOneOf || --dependent.Unresolved == 0))
                {
                    MarkFinite(dependent);
                }
            }
        }

        var visited = new HashSet<InputObjectType>();
        var fieldPath = new List<(string Coordinate, SyntaxNode? Node)>();
        var pathIndex = new Dictionary<InputObjectType, int>();
        void ReportCycles(FiniteState state)
        {
            if (!visited.Add(state.Input))
            {
                return;
            }

            pathIndex[state.Input] = fieldPath.Count;
            foreach (var (field, target) in state.Targets)
            {
                if (!states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue)
                {
                    continue;
                }

                fieldPath.Add(($"{state.Input.Name}.{field.Name}", field.AstNode));
                if (pathIndex.TryGetValue(target, out var cycleIndex))
                {
                    var cycle = fieldPath.Skip(cycleIndex).ToList();
                    context.Report(
                        $"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(p => p.Coordinate))}.",
                        cycle.Select(p => p.Node).ToArray());
                }
                else
                {
                    ReportCycles(targetState);
                }

                fieldPath.RemoveAt(fieldPath.Count - 1);
            }

            pathIndex.Remove(state.Input);
        }

        foreach (var state in states.Values)
        {
            if (!state.HasFiniteValue)
            {
                ReportCycles(state);
            }
        }
    }

    private static InputObjectType? FiniteValueTarget(InputObjectType input, IType fieldType) => input.IsOneOf
        ? fieldType as InputObjectType
        : (fieldType as NonNullType)?.OfType as InputObjectType;

    private sealed class FiniteState
    {
        public FiniteState(InputObjectType input) => Input = input;

        public InputObjectType Input { get; }

        public List<(InputField Field, InputObjectType Target)> Targets { get; } = new();

        public List<FiniteState> Dependents { get; } = new();

        public int Unresolved { get; set; }

        public bool HasFiniteValue { get; set; }
    }
}
