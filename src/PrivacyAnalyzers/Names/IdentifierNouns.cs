using System;
using System.Collections.Immutable;
using System.Linq;

namespace PrivacyAnalyzers.Names
{
    /// <summary>How strongly the noun at the end of a name identifies a person.</summary>
    internal enum IdentifierNoun
    {
        None,

        /// <summary>Id or Name: identifies a person only when an audience word qualifies it.</summary>
        Generic,

        /// <summary>Email, Handle, Username …: identifies a person by itself.</summary>
        Personal,
    }

    /// <summary>
    /// The nouns that name an identifier of a person (privacy model §4.3), as words; the last word may be plural. The
    /// audience classifier reads them at the end of member names, and the count fix drops them from the name of the
    /// count it writes (<c>FollowerEmails</c> becomes <c>FollowerCount</c>).
    /// </summary>
    internal static class IdentifierNouns
    {
        /// <summary>Nouns that identify a person by themselves, whoever qualifies them; longest first.</summary>
        public static readonly ImmutableArray<ImmutableArray<string>> Personal = Nouns(
            "Phone Number", "Email Address", "Profile Url", "Avatar Url", "Display Name", "Full Name", "Nick Name",
            "Username", "Handle", "Email", "Phone", "Nickname", "Login");

        /// <summary>Nouns that identify a person only when an audience word qualifies them (ViewerId, but VideoId).</summary>
        public static readonly ImmutableArray<ImmutableArray<string>> Generic = Nouns("Id", "Name");

        /// <summary>The generic account words: on its own one names the subject's account, not other people.</summary>
        public static readonly ImmutableArray<string> GenericPersonWords = ImmutableArray.Create("User", "Account", "Profile");

        /// <summary>
        /// Member names that identify a person inside a row about people: a personal noun on its own (<c>Handle</c>,
        /// <c>EmailAddress</c>) or the account's id or name (<c>UserId</c>, <c>AccountName</c>). <c>Login</c> alone has never
        /// counted in a row; see docs/privacy-model.md §4.5.
        /// </summary>
        public static readonly ImmutableHashSet<string> RowIdentityNames = Personal
            .Where(noun => !(noun.Length == 1 && noun[0] == "Login"))
            .Concat(GenericPersonWords.SelectMany(person => Generic.Select(noun => noun.Insert(0, person))))
            .Select(noun => string.Concat(noun))
            .ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);

        /// <summary>The last word of every noun (Id, Name, Email, Number, Url …), which ends an identifier's name.</summary>
        public static readonly ImmutableArray<string> LastWords = Personal.Concat(Generic)
            .Select(noun => noun[noun.Length - 1])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToImmutableArray();

        private static ImmutableArray<ImmutableArray<string>> Nouns(params string[] nouns) =>
            nouns.Select(noun => noun.Split(' ').ToImmutableArray()).ToImmutableArray();
    }
}
