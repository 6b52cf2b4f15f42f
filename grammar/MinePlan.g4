// The MineralPlan DSL (.mplan). One grammar for every plan file.
//
// The language is block-structured: a file is a list of members; a member is either a block
// (`keyword label* { member* }`) or a property (`key: value`). Which keywords and keys exist, and what
// they mean, is the binder's schema (src/MineralPlan.Semantics/Schema), so English and Chinese
// spellings of a keyword are the same token kind here. The grammar owns everything below the
// member level: quantities with comparators and units, ranges, text, references and lists.
grammar MinePlan;

// ============================================================================================
// Parser rules
// ============================================================================================

document
    : member* EOF
    ;

member
    : block                                                   # BlockMember
    | property                                                # PropertyMember
    | SEMI                                                    # EmptyMember
    ;

block
    : keyword=name label* LBRACE member* RBRACE
    ;

label
    : name                                                    # NameLabel
    | STRING                                                  # StringLabel
    ;

property
    : key=name COLON value SEMI?
    ;

// --------------------------------------------------------------------------------------------
// Values
// --------------------------------------------------------------------------------------------

value
    : NUMBER_LIST                                             # NumberListValue
    | LBRACK (element (COMMA element)* COMMA?)? RBRACK        # ListValue
    | scalar                                                  # ScalarValue
    ;

element
    : (label ASSIGN)? value
    ;

scalar
    : from=NUMBER RANGE to=NUMBER                             # RangeScalar
    | comparator? NUMBER unit?                                # QuantityScalar
    | STRING                                                  # TextScalar
    | name (DOT name)*                                        # ReferenceScalar
    ;

comparator
    : LE | GE | LT | GT | EQ | ABOUT
    ;

unit
    : unitPart (SLASH unitPart)*
    ;

unitPart
    : name
    | PERCENT
    ;

name
    : IDENT
    ;

// ============================================================================================
// Lexer rules
// ============================================================================================

LBRACE   : '{' ;
RBRACE   : '}' ;
LBRACK   : '[' ;
RBRACK   : ']' ;
COLON    : ':' | '：' ;
SEMI     : ';' | '；' ;
COMMA    : ',' | '，' | '、' ;
RANGE    : '..' | '～' ;
DOT      : '.' ;
SLASH    : '/' | '／' ;
ASSIGN   : '=' ;
LE       : '<=' | '≤' ;
GE       : '>=' | '≥' ;
LT       : '<' ;
GT       : '>' ;
EQ       : '==' ;
ABOUT    : '~' | '≈' ;
PERCENT  : '%' | '％' ;

NUMBER
    : '-'? DIGIT+ ('.' DIGIT+)? ([eE] [+-]? DIGIT+)?
    ;

// A flat list of plain numbers — a ring of corner points — is one token, split into its numbers by
// the syntax builder. Why: boundaries hold most of a plan's tokens, and one token per ring instead of
// five parse-tree nodes per number is what lets a province's plans parse in time. Any other list
// (quantities with units, labels, nested lists, a comment inside) does not match this rule, so the
// lexer's longest match is '[' and the list is read token by token as before.
NUMBER_LIST
    : '[' LIST_SPACE* NUMBER (LIST_SPACE* LIST_COMMA LIST_SPACE* NUMBER)* (LIST_SPACE* LIST_COMMA)? LIST_SPACE* ']'
    ;

STRING
    : '"' ( ESC | ~["\\\r\n] )* '"'
    ;

IDENT
    : ID_START ID_CONTINUE*
    ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
WS            : [ \t\r\n\f\u3000\uFEFF]+ -> skip ;

// Any other character becomes one token so the parser reports it at its position and recovers.
ERROR_CHAR    : . ;

fragment DIGIT       : [0-9] ;
fragment LIST_SPACE  : [ \t\r\n\f\u3000\uFEFF] ;
fragment LIST_COMMA  : [,，、] ;
fragment ESC         : '\\' ["\\nt{}] ;
fragment ID_START    : [\p{L}_] ;
fragment ID_CONTINUE : [\p{L}\p{N}_\-·²³] ;
