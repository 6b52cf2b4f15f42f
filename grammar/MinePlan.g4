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
    : LBRACK (element (COMMA element)* COMMA?)? RBRACK        # ListValue
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

STRING
    : '"' ( ESC | ~["\\\r\n] )* '"'
    ;

IDENT
    : ID_START ID_CONTINUE*
    ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
WS            : [ \t\r\n\f\u3000\uFEFF]+ -> channel(HIDDEN) ;

// Any other character becomes one token so the parser reports it at its position and recovers.
ERROR_CHAR    : . ;

fragment DIGIT       : [0-9] ;
fragment ESC         : '\\' ["\\nt{}] ;
fragment ID_START    : [\p{L}_] ;
fragment ID_CONTINUE : [\p{L}\p{N}_\-·²³] ;
