using System;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Names
{
    /// <summary>
    /// An identifier split into its words: <c>TopFanUserId</c> is Top, Fan, User, Id;
    /// <c>IPAddress</c> is IP, Address; <c>user_ids</c> is user, ids. "ID" is read as "Id".
    /// </summary>
    internal readonly struct NameWords
    {
        private NameWords(ImmutableArray<string> words) => Words = words;

        public ImmutableArray<string> Words { get; }

        public int Count => Words.Length;

        public string this[int index] => Words[index];

        public string Last => Words.Length == 0 ? string.Empty : Words[Words.Length - 1];

        public static NameWords Split(string identifier)
        {
            var words = ImmutableArray.CreateBuilder<string>();
            var text = NormalizeIdAbbreviation(identifier);
            var start = -1;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush(words, text, ref start, i);
                    continue;
                }

                if (start >= 0 && StartsNewWord(text, i))
                {
                    Flush(words, text, ref start, i);
                }

                if (start < 0)
                {
                    start = i;
                }
            }

            Flush(words, text, ref start, text.Length);
            return new NameWords(words.ToImmutable());
        }

        /// <summary>Case-insensitive word equality.</summary>
        public static bool Is(string word, string expected) =>
            string.Equals(word, expected, StringComparison.OrdinalIgnoreCase);

        /// <summary>The word itself or a plural of it (Viewers, Addresses, Replies).</summary>
        public static bool IsOrPlural(string word, string expected)
        {
            if (Is(word, expected))
            {
                return true;
            }

            if (word.Length > expected.Length && StartsWith(word, expected, expected.Length))
            {
                return EndsAt(word, expected.Length, "s") || EndsAt(word, expected.Length, "es");
            }

            // Reply: Replies.
            var stemLength = expected.Length - 1;
            return stemLength > 0
                && char.ToLowerInvariant(expected[stemLength]) == 'y'
                && StartsWith(word, expected, stemLength)
                && EndsAt(word, stemLength, "ies");
        }

        /// <summary>Whether the word is one of <paramref name="expected"/>, ignoring case.</summary>
        public static bool IsAny(string word, ImmutableArray<string> expected)
        {
            foreach (var candidate in expected)
            {
                if (Is(word, candidate))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the word is one of <paramref name="expected"/> or a plural of one, ignoring case.</summary>
        public static bool IsAnyOrPlural(string word, ImmutableArray<string> expected)
        {
            foreach (var candidate in expected)
            {
                if (IsOrPlural(word, candidate))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="word"/> starts with the first <paramref name="length"/> characters of <paramref name="prefix"/>, ignoring case.</summary>
        public static bool StartsWith(string word, string prefix, int length) =>
            word.Length >= length && string.Compare(word, 0, prefix, 0, length, StringComparison.OrdinalIgnoreCase) == 0;

        /// <summary>Whether the rest of <paramref name="word"/> from <paramref name="start"/> is <paramref name="suffix"/>, ignoring case.</summary>
        public static bool EndsAt(string word, int start, string suffix) =>
            word.Length - start == suffix.Length
            && string.Compare(word, start, suffix, 0, suffix.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private static bool StartsNewWord(string text, int i)
        {
            var c = text[i];
            var previous = text[i - 1];
            if (char.IsDigit(c) != char.IsDigit(previous))
            {
                return true;
            }

            if (!char.IsUpper(c))
            {
                return false;
            }

            // camelCase boundary (userId) or the end of an acronym (IPAddress: "IP" then "Address"), unless the acronym
            // only takes a plural s (ViewerIPs, ProfileURLs).
            return char.IsLower(previous)
                || (char.IsUpper(previous) && i + 1 < text.Length && char.IsLower(text[i + 1]) && !IsPluralS(text, i + 1));
        }

        private static bool IsPluralS(string text, int i) =>
            text[i] == 's' && (i + 1 == text.Length || !char.IsLower(text[i + 1]));

        private static void Flush(ImmutableArray<string>.Builder words, string text, ref int start, int end)
        {
            if (start >= 0 && end > start)
            {
                words.Add(text.Substring(start, end - start));
            }

            start = -1;
        }

        private static string NormalizeIdAbbreviation(string identifier)
        {
            if (identifier.IndexOf("ID", StringComparison.Ordinal) < 0)
            {
                return identifier;
            }

            var chars = identifier.ToCharArray();
            for (var i = 0; i + 1 < chars.Length; i++)
            {
                var insideAcronym = i > 0 && char.IsUpper(chars[i - 1]);
                if (chars[i] != 'I' || chars[i + 1] != 'D' || insideAcronym)
                {
                    continue;
                }

                var next = i + 2 < chars.Length ? chars[i + 2] : '\0';
                var afterNext = i + 3 < chars.Length ? chars[i + 3] : '\0';
                var endsWord = next == '\0' || !char.IsLower(next) || (next == 's' && !char.IsLower(afterNext));
                if (endsWord)
                {
                    chars[i + 1] = 'd';
                }
            }

            return new string(chars);
        }
    }
}
