using SolidarityGraph.GraphQL.Introspection;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Directives;

namespace SolidarityGraph.GraphQL.Utilities;

/// <summary>
/// Tracks, during a walk over an executable document, which schema types and members the current node refers to:
/// the output type and parent composite type of a selection, the field, directive or argument definition, the
/// expected input type of a value and whether that position has a default. Feed it every node with
/// <see cref="Enter"/> and <see cref="Leave"/>, or wrap a visitor with <see cref="Wrap"/>.
/// </summary>
/// <remarks>
/// Unknown names leave <see langword="null"/> on the stacks rather than failing, so that one unknown field does not
/// hide errors below it; the rules that report unknown names look for those nulls.
/// </remarks>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IType?> _typeStack = new();
    private readonly List<INamedType?> _parentTypeStack = new();
    private readonly List<IType?> _inputTypeStack = new();
    private readonly List<OutputField?> _fieldDefStack = new();
    private readonly List<bool> _defaultValueStack = new();

    /// <summary>Creates type information over <paramref name="schema"/>.</summary>
    public TypeInfo(Schema schema) => _schema = schema ?? throw new ArgumentNullException(nameof(schema));

    /// <summary>The output type of the current selection, or <see langword="null"/> when unknown.</summary>
    public IType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being walked, or <see langword="null"/>.</summary>
    public INamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current value, argument or variable definition, or <see langword="null"/>.</summary>
    public IType? InputType => Top(_inputTypeStack);

    /// <summary>The input type one level up (the list or input object holding the current value), or <see langword="null"/>.</summary>
    public IType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[_inputTypeStack.Count - 2] : null;

    /// <summary>The definition of the current field, or <see langword="null"/>.</summary>
    public OutputField? FieldDefinition => Top(_fieldDefStack);

    /// <summary>Whether the current argument or input field position defines a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[_defaultValueStack.Count - 1];

    /// <summary>The definition of the current directive, or <see langword="null"/>.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the current argument, or <see langword="null"/>.</summary>
    public Argument? Argument { get; private set; }

    /// <summary>The current enum value's definition, or <see langword="null"/>.</summary>
    public EnumValue? EnumValue { get; private set; }

    /// <summary>
    /// The field called <paramref name="name"/> on <paramref name="parentType"/>, including the meta-fields
    /// <c>__typename</c> (any composite type) and <c>__schema</c> / <c>__type</c> (query root only); <see langword="null"/> when none.
    /// </summary>
    public static OutputField? GetField(Schema schema, INamedType parentType, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal)
            && IntrospectionTypes.FindMetaField(parentType, name, ReferenceEquals(parentType, schema.QueryType)) is { } meta)
        {
            return meta;
        }

        return parentType is IComplexOutputType complex ? complex.Fields.Find(name) : null;
    }

    /// <summary>Wraps <paramref name="visitor"/> so that this type information is updated around each of its callbacks.</summary>
    public SyntaxVisitor Wrap(SyntaxVisitor visitor) => new TypeInfoVisitor(this, visitor);

    /// <summary>Updates the type information for entering <paramref name="node"/>.</summary>
    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.NamedType();
                _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
                break;
            case FieldNode field:
                var fieldDef = ParentType is { } parent ? GetField(_schema, parent, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef is not null && fieldDef.Type.IsOutputType() ? fieldDef.Type : null);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                var inlineType = inline.TypeCondition is { } condition ? TypeFromAst.Convert(_schema, condition) : Type?.NamedType();
                _typeStack.Add(inlineType is not null && inlineType.IsOutputType() ? inlineType : null);
                break;
            case FragmentDefinitionNode fragment:
                var fragmentType = TypeFromAst.Convert(_schema, fragment.TypeCondition);
                _typeStack.Add(fragmentType is not null && fragmentType.IsOutputType() ? fragmentType : null);
                break;
            case VariableDefinitionNode variable:
                var variableType = TypeFromAst.Convert(_schema, variable.Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                var listType = InputType?.NullableType() as ListType;
                _defaultValueStack.Add(false);
                _inputTypeStack.Add(listType?.OfType);
                break;
            case ObjectFieldNode objectField:
                var inputField = (InputType?.NamedType() as InputObjectType)?.Fields.Find(objectField.Name.Value);
                _defaultValueStack.Add(inputField?.HasDefaultValue ?? false);
                _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType() ? inputField.Type : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = (InputType?.NamedType() as EnumType)?.Values.Find(enumValue.Value);
                break;
        }
    }

    /// <summary>Updates the type information for leaving <paramref name="node"/>.</summary>
    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private void EnterArgument(ArgumentNode argument)
    {
        // A directive's arguments are looked up on the directive, otherwise on the field being walked.
        var arguments = Directive?.Arguments ?? FieldDefinition?.Arguments;
        var definition = arguments?.Find(argument.Name.Value);
        Argument = definition;
        _defaultValueStack.Add(definition?.HasDefaultValue ?? false);
        _inputTypeStack.Add(definition is not null && definition.Type.IsInputType() ? definition.Type : null);
    }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[stack.Count - 1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    /// <summary>Keeps the type information in step with a walk, like graphql-js's <c>visitWithTypeInfo</c>.</summary>
    private sealed class TypeInfoVisitor(TypeInfo typeInfo, SyntaxVisitor inner) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            typeInfo.Enter(node);
            var action = inner.Enter(node, ancestors);
            if (action != VisitorAction.Continue)
            {
                // A skipped or broken node is never left, so undo its effect now.
                typeInfo.Leave(node);
            }

            return action;
        }

        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            var action = inner.Leave(node, ancestors);
            typeInfo.Leave(node);
            return action;
        }
    }
}
