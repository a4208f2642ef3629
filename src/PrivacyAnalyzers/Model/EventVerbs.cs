using System;

namespace PrivacyAnalyzers.Model
{
    /// <summary>Matches a word against an event verb and its inflections: Unlike, Unlikes, Unliked, Unliking, Unliker.</summary>
    internal static class EventVerbs
    {
        public static bool IsInflectionOf(string word, string verb)
        {
            if (word.Length < verb.Length - 1 || !StartsWithStem(word, verb, out var rest))
            {
                return false;
            }

            return rest.Length == 0 || IsInflectionSuffix(rest) || IsDoubledConsonantInflection(rest, verb);
        }

        private static bool StartsWithStem(string word, string verb, out string rest)
        {
            if (word.StartsWith(verb, StringComparison.OrdinalIgnoreCase))
            {
                rest = word.Substring(verb.Length);
                return true;
            }

            // A final 'e' is dropped before -ing/-ed/-er (Save -> Saving, Saved, Saver); a final 'y' becomes 'i' (Reply -> Replied).
            if (verb.EndsWith("e", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("y", StringComparison.OrdinalIgnoreCase))
            {
                var stem = verb.Substring(0, verb.Length - 1);
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    rest = word.Substring(stem.Length);
                    return verb.EndsWith("e", StringComparison.OrdinalIgnoreCase) ? IsVowelSuffix(rest) : rest.StartsWith("i", StringComparison.OrdinalIgnoreCase);
                }
            }

            rest = string.Empty;
            return false;
        }

        private static bool IsInflectionSuffix(string rest) =>
            Is(rest, "s") || Is(rest, "es") || Is(rest, "d") || Is(rest, "ed") || Is(rest, "ing") || Is(rest, "er") || Is(rest, "ers")
            || Is(rest, "ies") || Is(rest, "ied");

        private static bool IsVowelSuffix(string rest) =>
            Is(rest, "ing") || Is(rest, "ed") || Is(rest, "er") || Is(rest, "ers");

        private static bool IsDoubledConsonantInflection(string rest, string verb) =>
            rest.Length > 1
            && char.ToLowerInvariant(rest[0]) == char.ToLowerInvariant(verb[verb.Length - 1])
            && IsInflectionSuffix(rest.Substring(1));

        private static bool Is(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
