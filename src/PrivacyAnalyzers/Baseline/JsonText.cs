using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PrivacyAnalyzers.Baseline
{
    /// <summary>
    /// A small JSON reader for the privacy baseline and the compiler's SARIF log: objects as dictionaries, arrays as lists,
    /// strings, numbers as doubles, true, false and null. The analyzers cannot depend on System.Text.Json (their hosts
    /// load their own), and the build task that shares this file runs in every MSBuild. An error names its line and column.
    /// </summary>
    internal sealed class JsonText
    {
        private readonly string _text;
        private int _position;

        private JsonText(string text) => _text = text;

        /// <summary>The value the text holds; a <see cref="JsonTextException"/> when it is not one JSON value.</summary>
        public static object? Parse(string text)
        {
            var reader = new JsonText(text);
            var value = reader.ReadValue(depth: 0);
            reader.SkipWhitespace();
            if (reader._position < text.Length)
            {
                throw reader.Error("text after the end of the JSON value");
            }

            return value;
        }

        /// <summary>A string as a JSON literal, quotes included.</summary>
        public static string Quote(string value)
        {
            var quoted = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': quoted.Append("\\\""); break;
                    case '\\': quoted.Append("\\\\"); break;
                    case '\n': quoted.Append("\\n"); break;
                    case '\r': quoted.Append("\\r"); break;
                    case '\t': quoted.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            quoted.Append(c);
                        }

                        break;
                }
            }

            return quoted.Append('"').ToString();
        }

        private object? ReadValue(int depth)
        {
            // Deeper than any baseline or SARIF log: a guard against a stack overflow on hostile input.
            if (depth > 64)
            {
                throw Error("values nested too deeply");
            }

            SkipWhitespace();
            if (_position >= _text.Length)
            {
                throw Error("the text ends where a value was expected");
            }

            switch (_text[_position])
            {
                case '{': return ReadObject(depth);
                case '[': return ReadArray(depth);
                case '"': return ReadString();
                case 't': return ReadWord("true", true);
                case 'f': return ReadWord("false", false);
                case 'n': return ReadWord("null", null);
                default: return ReadNumber();
            }
        }

        private Dictionary<string, object?> ReadObject(int depth)
        {
            var members = new Dictionary<string, object?>(StringComparer.Ordinal);
            _position++;
            SkipWhitespace();
            if (TryRead('}'))
            {
                return members;
            }

            do
            {
                SkipWhitespace();
                if (_position >= _text.Length || _text[_position] != '"')
                {
                    throw Error("a property name in double quotes was expected");
                }

                var name = ReadString();
                SkipWhitespace();
                Expect(':');
                members[name] = ReadValue(depth + 1);
                SkipWhitespace();
            }
            while (TryRead(','));

            Expect('}');
            return members;
        }

        private List<object?> ReadArray(int depth)
        {
            var items = new List<object?>();
            _position++;
            SkipWhitespace();
            if (TryRead(']'))
            {
                return items;
            }

            do
            {
                items.Add(ReadValue(depth + 1));
                SkipWhitespace();
            }
            while (TryRead(','));

            Expect(']');
            return items;
        }

        private string ReadString()
        {
            var start = _position++;
            var value = new StringBuilder();
            while (_position < _text.Length)
            {
                var c = _text[_position++];
                if (c == '"')
                {
                    return value.ToString();
                }

                if (c != '\\')
                {
                    value.Append(c);
                    continue;
                }

                if (_position >= _text.Length)
                {
                    break;
                }

                var escaped = _text[_position++];
                switch (escaped)
                {
                    case '"': case '\\': case '/': value.Append(escaped); break;
                    case 'b': value.Append('\b'); break;
                    case 'f': value.Append('\f'); break;
                    case 'n': value.Append('\n'); break;
                    case 'r': value.Append('\r'); break;
                    case 't': value.Append('\t'); break;
                    case 'u' when TryReadHex4(out var code):
                        value.Append((char)code);
                        break;
                    default:
                        throw Error("an unknown escape in a string");
                }
            }

            // Where it began is where to look.
            _position = start;
            throw Error("a string that never ends");
        }

        /// <summary>Exactly four hexadecimal digits after <c>\u</c>.</summary>
        private bool TryReadHex4(out int code)
        {
            code = 0;
            if (_position + 4 > _text.Length)
            {
                return false;
            }

            for (var i = 0; i < 4; i++)
            {
                var digit = _text[_position + i];
                var value = digit >= '0' && digit <= '9' ? digit - '0'
                    : digit >= 'a' && digit <= 'f' ? digit - 'a' + 10
                    : digit >= 'A' && digit <= 'F' ? digit - 'A' + 10
                    : -1;
                if (value < 0)
                {
                    return false;
                }

                code = (code * 16) + value;
            }

            _position += 4;
            return true;
        }

        private object? ReadWord(string word, object? value)
        {
            if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
            {
                throw Error("a value was expected");
            }

            _position += word.Length;
            return value;
        }

        private double ReadNumber()
        {
            // JSON numbers start with a minus sign or a digit: "+1" is none.
            var start = _position;
            while (_position < _text.Length && "+-0123456789.eE".IndexOf(_text[_position]) >= 0)
            {
                _position++;
            }

            if (start == _position || _text[start] == '+' || !double.TryParse(_text.Substring(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                _position = start;
                throw Error("a value was expected");
            }

            return number;
        }

        private void SkipWhitespace()
        {
            while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
            {
                _position++;
            }
        }

        private bool TryRead(char expected)
        {
            if (_position < _text.Length && _text[_position] == expected)
            {
                _position++;
                return true;
            }

            return false;
        }

        private void Expect(char expected)
        {
            if (!TryRead(expected))
            {
                throw Error($"'{expected}' was expected");
            }
        }

        private JsonTextException Error(string problem)
        {
            var line = 1;
            var column = 1;
            for (var i = 0; i < _position && i < _text.Length; i++)
            {
                if (_text[i] == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            return new JsonTextException(problem, line, column);
        }
    }

    /// <summary>Why a text is not JSON, and where: 1-based line and column.</summary>
    internal sealed class JsonTextException : Exception
    {
        public JsonTextException(string problem, int line, int column)
            : base($"{problem} (line {line}, column {column})")
        {
            Problem = problem;
            Line = line;
            Column = column;
        }

        public string Problem { get; }

        public int Line { get; }

        public int Column { get; }
    }
}
