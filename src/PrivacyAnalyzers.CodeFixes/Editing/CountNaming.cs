using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyAnalyzers.Names;

namespace PrivacyAnalyzers.Editing
{
    /// <summary>Names the aggregate that replaces a collection: ViewerIds → ViewerCount, Downloads → DownloadCount.</summary>
    internal static class CountNaming
    {
        public static string CountNameFor(string memberName)
        {
            var words = NameWords.Split(memberName).Words.ToList();

            var by = words.FindLastIndex(w => NameWords.Is(w, "By"));
            if (IsEngagedBy(words, by))
            {
                // LikedByUserIds counts the people who liked: after an act, "By" names who did it, and the count is named
                // for the act (LikedByCount), not for the identifier (a UserCount next to a LikeCount would mislead).
                return string.Concat(words.Take(by + 1).Select(Capitalize)) + "Count";
            }

            // WatchSecondsByViewerId counts viewers: after a noun, what follows "By" is what the collection is keyed by.
            if (by >= 0 && by < words.Count - 1)
            {
                words = words.Skip(by + 1).ToList();
            }

            while (words.Count > 1 && IdentifierNouns.LastWords.Any(noun => NameWords.IsOrPlural(words[words.Count - 1], noun)))
            {
                words.RemoveAt(words.Count - 1);
            }

            words[words.Count - 1] = Singular(words[words.Count - 1]);
            return string.Concat(words.Select(Capitalize)) + "Count";
        }

        /// <summary>
        /// An act and "By" before who did it: LikedBy, UnfollowedBy, DownloadedBy; not FeedBy. The fix runs without the
        /// project's policy, so the act is told by its past-tense ending rather than by the policy's event verbs, as the
        /// analyzer's reading of the name (<c>MemberName.IsEngagedBy</c>) does.
        /// </summary>
        private static bool IsEngagedBy(List<string> words, int by)
        {
            if (by <= 0 || by >= words.Count - 1)
            {
                return false;
            }

            var act = words[by - 1];
            return act.Length > 3 && act.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !act.EndsWith("eed", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// The names under which a type may already hold the count of a collection: <c>ViewerCount</c> for
        /// <c>ViewerIds</c>; <c>LikeCount</c> for <c>LikedByUserIds</c> (the act's noun: Liked → Like, Viewed → View).
        /// </summary>
        public static IEnumerable<string> ExistingCountNamesFor(string memberName)
        {
            yield return CountNameFor(memberName);
            var words = NameWords.Split(memberName).Words.ToList();
            var by = words.FindLastIndex(w => NameWords.Is(w, "By"));
            if (IsEngagedBy(words, by))
            {
                var act = words[by - 1];
                var before = string.Concat(words.Take(by - 1).Select(Capitalize));
                yield return before + Capitalize(act.Substring(0, act.Length - 1)) + "Count";
                yield return before + Capitalize(act.Substring(0, act.Length - 2)) + "Count";
            }
        }

        private static string Singular(string word)
        {
            if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 3)
            {
                return word.Substring(0, word.Length - 3) + "y";
            }

            return word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && word.Length > 1
                ? word.Substring(0, word.Length - 1)
                : word;
        }

        private static string Capitalize(string word) =>
            word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);
    }
}
