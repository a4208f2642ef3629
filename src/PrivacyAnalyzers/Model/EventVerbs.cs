using System;

namespace PrivacyAnalyzers.Model
{
    /// <summary>Matches a word against an event verb and its inflections: Unlike, Unlikes, Unliked, Unliking (not the agent noun Unliker).</summary>
    internal static class EventVerbs
    {
        public static bool IsInflectionOf(string word, string verb)
        {
            if (word.StartsWith(verb, StringComparison.OrdinalIgnoreCase))
            {
                var rest = word.Substring(verb.Length);
                if (rest.Length == 0 || IsInflectionSuffix(rest) || IsDoubledConsonantInflection(rest, verb))
                {
                    return true;
                }
            }

            return IsInflectionOfChangedStem(word, verb);
        }

        /// <summary>A final 'e' is dropped before -ing/-ed (Save: Saving, Saved); a final 'y' becomes 'i' (Reply: Replied).</summary>
        private static bool IsInflectionOfChangedStem(string word, string verb)
        {
            var dropsE = verb.EndsWith("e", StringComparison.OrdinalIgnoreCase);
            if (!dropsE && !verb.EndsWith("y", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var stem = verb.Substring(0, verb.Length - 1);
            if (!word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var rest = word.Substring(stem.Length);
            return dropsE ? IsVowelSuffix(rest) : Is(rest, "ies") || Is(rest, "ied");
        }

        private static bool IsInflectionSuffix(string rest) =>
            Is(rest, "s") || Is(rest, "es") || Is(rest, "d") || Is(rest, "ed") || Is(rest, "ing");

        private static bool IsVowelSuffix(string rest) =>
            Is(rest, "ing") || Is(rest, "ed");

        private static bool IsDoubledConsonantInflection(string rest, string verb) =>
            rest.Length > 1
            && char.ToLowerInvariant(rest[0]) == char.ToLowerInvariant(verb[verb.Length - 1])
            && IsInflectionSuffix(rest.Substring(1));

        private static bool Is(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
