using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>Spec §2.9 Input Values.</summary>
public ref partial struct Parser
{
    /// <summary>
    /// <c>Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]</c>
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        Mark start = Begin();
        switch (_reader.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                string value = _reader.GetString();
                Advance();
                return new IntValueNode(value, Loc(start));
            }

            case TokenKind.Float:
            {
                string value = _reader.GetString();
                Advance();
                return new FloatValueNode(value, Loc(start));
            }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue(start);
            case TokenKind.Dollar:
                if (isConst)
                {
                    throw VariableInConstantValue();
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary><c>BooleanValue : true | false</c>, <c>NullValue : null</c>, <c>EnumValue : Name but not true, false or null</c></summary>
    private ValueNode ParseNameValue(Mark start)
    {
        ReadOnlySpan<byte> name = _reader.ValueSpan;
        if (name.SequenceEqual("true"u8))
        {
            Advance();
            return new BooleanValueNode(true, Loc(start));
        }

        if (name.SequenceEqual("false"u8))
        {
            Advance();
            return new BooleanValueNode(false, Loc(start));
        }

        if (name.SequenceEqual("null"u8))
        {
            Advance();
            return new NullValueNode(Loc(start));
        }

        string value = _reader.GetString();
        Advance();
        return new EnumValueNode(value, Loc(start));
    }

    /// <summary>A variable where a constant is required: graphql-js names the variable when it can.</summary>
    private Errors.GraphQLSyntaxException VariableInConstantValue()
    {
        Utf8GraphQLReader dollar = _reader;
        ExpectToken(TokenKind.Dollar);
        if (_reader.Kind == TokenKind.Name)
        {
            return Error(dollar.Start, $"Unexpected variable \"${_reader.GetString()}\" in constant value.");
        }

        return Unexpected(in dollar);
    }

    /// <summary><c>StringValue</c> (quoted or block)</summary>
    private StringValueNode ParseStringLiteral()
    {
        Mark start = Begin();
        bool block = _reader.Kind == TokenKind.BlockString;
        string value = _reader.GetString();
        Advance();
        return new StringValueNode(value, block, Loc(start));
    }

    /// <summary><c>ListValue[Const] : [ ] | [ Value[?Const]+ ]</c></summary>
    private ListValueNode ParseList(bool isConst)
    {
        Mark start = Begin();
        EnterNesting();
        ExpectToken(TokenKind.BracketL);
        int listStart = _lists.Mark;
        while (!ExpectOptionalToken(TokenKind.BracketR))
        {
            _lists.Push(ParseValueLiteral(isConst));
        }

        ExitNesting();
        return new ListValueNode(_lists.Pop<ValueNode>(listStart), Loc(start));
    }

    /// <summary><c>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</c></summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        Mark start = Begin();
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        int listStart = _lists.Mark;
        while (!ExpectOptionalToken(TokenKind.BraceR))
        {
            _lists.Push(ParseObjectField(isConst));
        }

        ExitNesting();
        return new ObjectValueNode(_lists.Pop<ObjectFieldNode>(listStart), Loc(start));
    }

    /// <summary><c>ObjectField[Const] : Name : Value[?Const]</c></summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        Mark start = Begin();
        NameNode name = ParseName();
        ExpectToken(TokenKind.Colon);
        ValueNode value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value, Loc(start));
    }
}
