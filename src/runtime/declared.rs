//! The tasks a tasks file declares, read without running it, for `--list`.
//!
//! Most tasks files are declarations: imports from `autorun`, `task(...)`
//! calls with literal names and options, function declarations, constants.
//! Running such a file has no effect but registering those tasks, so what
//! it declares can be read off its syntax tree, and `--list` (which shell
//! completion calls on every Tab) answers without starting the engine. Any
//! file this reader is not sure of (an import of a module that does more, a
//! statement that does something, a computed name, an option `task()`
//! would refuse) gets `None` and is run as usual, so the listing and its
//! errors are always what running the file gives. Imports of built-in
//! modules are fine: loading them has no effect a script can see; so are
//! imports of the user's own modules by relative path when those only
//! declare too (read by the same rules, without `task()` calls).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use boa_engine::ast::declaration::{
    Binding, Declaration, ExportDeclaration, ImportDeclaration, ImportKind, LexicalDeclaration,
};
use boa_engine::ast::expression::access::{PropertyAccess, PropertyAccessField};
use boa_engine::ast::expression::literal::{
    ArrayLiteral, LiteralKind, ObjectLiteral, PropertyDefinition, TemplateElement,
};
use boa_engine::ast::expression::operator::binary::{BinaryOp, RelationalOp};
use boa_engine::ast::expression::operator::unary::UnaryOp;
use boa_engine::ast::expression::{Call, Expression};
use boa_engine::ast::property::PropertyName;
use boa_engine::ast::statement::Statement;
use boa_engine::ast::{ModuleItem, StatementListItem};
use boa_engine::interner::{Interner, Sym};
use boa_engine::parser::{Parser, Source};

use super::builtin_exports;
use crate::tasks::TaskDef;

/// The options `task()` accepts.
const OPTIONS: &[&str] = &[
    "desc", "deps", "hidden", "sources", "outputs", "env", "restart",
];

/// What a tasks file declares.
#[derive(Debug, PartialEq, Eq)]
pub struct Declared {
    pub tasks: Vec<TaskDef>,
    /// The default task's name, when there is one.
    pub default: Option<String>,
}

/// What a top-level name is bound to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    /// An export of `autorun`.
    Autorun(&'static str),
    /// A function declaration (hoisted: usable anywhere).
    Function,
    /// A constant holding a function, usable after its declaration.
    FunctionConst,
    /// Any other constant or variable.
    Other,
}

/// What a module the tasks file imports exports.
enum Exports {
    Autorun,
    Node(&'static [&'static str]),
    /// A module of the user's own: (name, how it is bound there).
    Module(Vec<(String, Bound)>),
}

impl Exports {
    /// How importing `name` binds, if the module exports it.
    fn get(&self, name: &str) -> Option<Bound> {
        match self {
            Exports::Autorun if name == "default" => Some(Bound::Other),
            Exports::Autorun => builtin_exports::AUTORUN
                .iter()
                .find(|e| **e == name)
                .map(|e| Bound::Autorun(e)),
            Exports::Node(names) => {
                (name == "default" || names.contains(&name)).then_some(Bound::Other)
            }
            Exports::Module(own) => own.iter().find(|(e, _)| e == name).map(|(_, b)| *b),
        }
    }
}

/// A task body, for finding which task a default-exported function is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Body {
    /// A function named by a top-level binding.
    Named(Sym),
    /// A function made where it is used (no other task can share it).
    Fresh,
}

struct Reader<'a> {
    interner: &'a Interner,
    /// The directory of the file read, for relative imports.
    dir: PathBuf,
    /// The files read so far (an import cycle is left to the engine).
    seen: &'a RefCell<HashSet<PathBuf>>,
    bound: HashMap<Sym, Bound>,
    tasks: Vec<TaskDef>,
    bodies: Vec<Option<Body>>,
    names: HashSet<String>,
}

/// The tasks `path` declares, when running it would do nothing else.
pub fn read(path: &Path) -> Option<Declared> {
    let text = module_text(path)?;
    let dir = path.parent()?.to_path_buf();
    let seen = RefCell::new(HashSet::from([path.to_path_buf()]));
    read_source_in(&text, dir, &seen)
}

/// The text of `path` when it is an ES module file (by extension and the
/// nearest package.json).
fn module_text(path: &Path) -> Option<String> {
    let is_module = match path.extension().and_then(|e| e.to_str()) {
        Some("mjs") => true,
        Some("js") => super::loader::package_type(path).as_deref() != Some("commonjs"),
        _ => false,
    };
    if !is_module {
        return None;
    }
    std::fs::read_to_string(path).ok()
}

/// The tasks an ES module's text declares (see [`read`]); relative
/// imports are not followed.
pub fn read_source(text: &str) -> Option<Declared> {
    let seen = RefCell::new(HashSet::new());
    read_source_in(text, PathBuf::new(), &seen)
}

fn read_source_in(text: &str, dir: PathBuf, seen: &RefCell<HashSet<PathBuf>>) -> Option<Declared> {
    let mut interner = Interner::default();
    let module = parse(text, &mut interner)?;
    let items = module.items().items();
    let mut reader = Reader::new(&interner, dir, seen);
    // Imports and function declarations bind before anything runs.
    let mut imports = 0;
    for item in items {
        match item {
            ModuleItem::ImportDeclaration(import) => {
                imports += 1;
                reader.import(import)?;
            }
            ModuleItem::StatementListItem(StatementListItem::Declaration(d)) => {
                if let Some(name) = function_name(d) {
                    reader.bind(name, Bound::Function)?;
                }
            }
            ModuleItem::ExportDeclaration(export) => match &**export {
                ExportDeclaration::Declaration(d) => {
                    if let Some(name) = function_name(d) {
                        reader.bind(name, Bound::Function)?;
                    }
                }
                ExportDeclaration::DefaultFunctionDeclaration(f) => {
                    reader.bind(f.name().sym(), Bound::Function)?;
                }
                ExportDeclaration::DefaultAsyncFunctionDeclaration(f) => {
                    reader.bind(f.name().sym(), Bound::Function)?;
                }
                _ => {}
            },
            ModuleItem::StatementListItem(StatementListItem::Statement(_)) => {}
        }
    }
    // Without an import the file may be CommonJS: leave it to the loader.
    if imports == 0 {
        return None;
    }
    let mut default: Option<Body> = None;
    let mut default_name: Option<String> = None;
    for item in items {
        match item {
            ModuleItem::ImportDeclaration(_) => {}
            ModuleItem::StatementListItem(StatementListItem::Declaration(d)) => {
                reader.declaration(d)?;
            }
            ModuleItem::StatementListItem(StatementListItem::Statement(s)) => match &**s {
                Statement::Empty => {}
                Statement::Expression(Expression::Call(call)) => reader.task_call(call)?,
                _ => return None,
            },
            ModuleItem::ExportDeclaration(export) => match &**export {
                ExportDeclaration::Declaration(d) => reader.declaration(d)?,
                ExportDeclaration::DefaultFunctionDeclaration(f) => {
                    default = Some(Body::Named(f.name().sym()));
                }
                ExportDeclaration::DefaultAsyncFunctionDeclaration(f) => {
                    default = Some(Body::Named(f.name().sym()));
                }
                ExportDeclaration::DefaultAssignmentExpression(e) => {
                    if let Expression::Literal(l) = e {
                        let LiteralKind::String(s) = l.kind() else {
                            return None;
                        };
                        default_name = Some(reader.string(*s)?);
                    } else {
                        default = Some(reader.function(e)?);
                    }
                }
                _ => return None,
            },
        }
    }
    // As `resolveDefault` in internal:tasks: an exported string names the
    // default; an exported function is the task it is the body of, or else
    // a hidden task of its own named `default`; otherwise a task `default`.
    let default = if default_name.is_some() {
        default_name
    } else if let Some(body) = default {
        let owner = match body {
            Body::Named(_) => reader.bodies.iter().position(|b| *b == Some(body)),
            Body::Fresh => None,
        };
        match owner {
            Some(i) => Some(reader.tasks[i].name.clone()),
            None => {
                if reader.names.contains("default") {
                    return None; // task() would throw: defined twice
                }
                reader.tasks.push(TaskDef {
                    name: "default".into(),
                    desc: None,
                    deps: Vec::new(),
                    hidden: true,
                });
                Some("default".into())
            }
        }
    } else {
        reader
            .names
            .contains("default")
            .then(|| "default".to_string())
    };
    Some(Declared {
        tasks: reader.tasks,
        default,
    })
}

/// The exports of a module the tasks file imports by a relative path, when
/// evaluating it does nothing but declare (the same rules as the tasks file,
/// with no `task()` calls): (name, how it is bound). `None` for anything
/// else, which then runs the file.
fn declaring_module_exports(
    path: &Path,
    seen: &RefCell<HashSet<PathBuf>>,
) -> Option<Vec<(String, Bound)>> {
    let path = &std::fs::canonicalize(path).ok()?;
    // A module met twice (a cycle, a diamond) is left to the engine, and so
    // is a long chain.
    if seen.borrow().len() > 32 || !seen.borrow_mut().insert(path.clone()) {
        return None;
    }
    let text = module_text(path)?;
    let mut interner = Interner::default();
    let module = parse(&text, &mut interner)?;
    let items = module.items().items();
    let mut reader = Reader::new(&interner, path.parent()?.to_path_buf(), seen);
    // Imports and function declarations bind before anything runs.
    for item in items {
        if let ModuleItem::ImportDeclaration(import) = item {
            reader.import(import)?;
        }
        let declared = match item {
            ModuleItem::StatementListItem(StatementListItem::Declaration(d)) => function_name(d),
            ModuleItem::ExportDeclaration(export) => match &**export {
                ExportDeclaration::Declaration(d) => function_name(d),
                ExportDeclaration::DefaultFunctionDeclaration(f) => Some(f.name().sym()),
                ExportDeclaration::DefaultAsyncFunctionDeclaration(f) => Some(f.name().sym()),
                _ => None,
            },
            _ => None,
        };
        if let Some(name) = declared {
            reader.bind(name, Bound::Function)?;
        }
    }
    let mut exports = Vec::new();
    for item in items {
        match item {
            ModuleItem::ImportDeclaration(_) => {}
            ModuleItem::StatementListItem(StatementListItem::Declaration(d)) => {
                reader.declaration(d)?;
            }
            ModuleItem::StatementListItem(StatementListItem::Statement(s)) => {
                if !matches!(&**s, Statement::Empty) {
                    return None;
                }
            }
            ModuleItem::ExportDeclaration(export) => match &**export {
                ExportDeclaration::Declaration(d) => {
                    reader.declaration(d)?;
                    for name in declared_names(d) {
                        let how = *reader.bound.get(&name)?;
                        exports.push((reader.str(name)?.to_string(), how));
                    }
                }
                ExportDeclaration::DefaultFunctionDeclaration(_)
                | ExportDeclaration::DefaultAsyncFunctionDeclaration(_) => {
                    exports.push(("default".into(), Bound::Function));
                }
                ExportDeclaration::DefaultAssignmentExpression(e) => {
                    if !reader.inert(e) {
                        return None;
                    }
                    let how = if is_function_expression(e) {
                        Bound::FunctionConst
                    } else {
                        Bound::Other
                    };
                    exports.push(("default".into(), how));
                }
                ExportDeclaration::List(specifiers) => {
                    for spec in specifiers.iter() {
                        if spec.string_literal() {
                            return None;
                        }
                        let how = *reader.bound.get(&spec.private_name())?;
                        exports.push((reader.str(spec.alias())?.to_string(), how));
                    }
                }
                _ => return None,
            },
        }
    }
    Some(exports)
}

/// The names a declaration binds (functions, and plain `const`/`let` names).
fn declared_names(d: &Declaration) -> Vec<Sym> {
    if let Some(name) = function_name(d) {
        return vec![name];
    }
    let Declaration::Lexical(LexicalDeclaration::Const(list) | LexicalDeclaration::Let(list)) = d
    else {
        return Vec::new();
    };
    list.as_ref()
        .iter()
        .filter_map(|v| match v.binding() {
            Binding::Identifier(name) => Some(name.sym()),
            Binding::Pattern(_) => None,
        })
        .collect()
}

/// `text` parsed as an ES module (`None` when it does not parse).
fn parse(text: &str, interner: &mut Interner) -> Option<boa_engine::ast::Module> {
    let mut parser = Parser::new(Source::from_bytes(text.as_bytes()));
    let scope = boa_engine::ast::scope::Scope::new_global();
    parser.parse_module(&scope, interner).ok()
}

/// The name a function declaration binds.
fn function_name(d: &Declaration) -> Option<Sym> {
    match d {
        Declaration::FunctionDeclaration(f) => Some(f.name().sym()),
        Declaration::AsyncFunctionDeclaration(f) => Some(f.name().sym()),
        Declaration::GeneratorDeclaration(f) => Some(f.name().sym()),
        Declaration::AsyncGeneratorDeclaration(f) => Some(f.name().sym()),
        _ => None,
    }
}

fn is_function_expression(e: &Expression) -> bool {
    matches!(
        e,
        Expression::FunctionExpression(_)
            | Expression::ArrowFunction(_)
            | Expression::AsyncArrowFunction(_)
            | Expression::AsyncFunctionExpression(_)
            | Expression::GeneratorExpression(_)
            | Expression::AsyncGeneratorExpression(_)
    )
}

impl<'a> Reader<'a> {
    fn new(interner: &'a Interner, dir: PathBuf, seen: &'a RefCell<HashSet<PathBuf>>) -> Self {
        Reader {
            interner,
            dir,
            seen,
            bound: HashMap::new(),
            tasks: Vec::new(),
            bodies: Vec::new(),
            names: HashSet::new(),
        }
    }

    /// `import ... from "autorun"` or from a built-in `node:` module, with
    /// named imports that exist.
    fn import(&mut self, import: &ImportDeclaration) -> Option<()> {
        if !import.attributes().is_empty() {
            return None;
        }
        let specifier = self.str(import.specifier().sym())?;
        let exports = if specifier == "autorun" {
            Exports::Autorun
        } else if specifier.starts_with("./") || specifier.starts_with("../") {
            Exports::Module(declaring_module_exports(
                &self.dir.join(specifier),
                self.seen,
            )?)
        } else {
            let name = specifier.strip_prefix("node:").unwrap_or(specifier);
            Exports::Node(builtin_exports::NODE.iter().find(|(n, _)| *n == name)?.1)
        };
        let find = |name: &str| exports.get(name);
        if let Some(default) = import.default() {
            self.bind(default.sym(), find("default")?)?;
        }
        match import.kind() {
            ImportKind::DefaultOrUnnamed => {}
            ImportKind::Namespaced { binding } => self.bind(binding.sym(), Bound::Other)?,
            ImportKind::Named { names } => {
                for spec in names {
                    let how = find(self.str(spec.export_name())?)?;
                    self.bind(spec.binding().sym(), how)?;
                }
            }
        }
        Some(())
    }

    /// Whether evaluating `e` does nothing but make a value: literals,
    /// functions, arrays and objects of such, operators on them, constants
    /// declared above, and reads of `process.env`.
    fn inert(&self, e: &Expression) -> bool {
        match e {
            Expression::Literal(_) | Expression::RegExpLiteral(_) => true,
            e if is_function_expression(e) => true,
            Expression::ArrayLiteral(a) => a
                .as_ref()
                .iter()
                .all(|x| x.as_ref().is_some_and(|x| self.inert(x))),
            Expression::ObjectLiteral(o) => o.properties().iter().all(|p| match p {
                PropertyDefinition::Property(PropertyName::Literal(_), v) => self.inert(v),
                // (no methods: a `toString` of the user's could run in an operator)
                _ => false,
            }),
            Expression::TemplateLiteral(t) => t.elements().iter().all(|el| match el {
                TemplateElement::String(_) => true,
                TemplateElement::Expr(e) => self.inert(e),
            }),
            Expression::Identifier(id) => match self.bound.get(&id.sym()) {
                Some(_) => true,
                None => matches!(self.str(id.sym()), Some("undefined" | "NaN" | "Infinity")),
            },
            Expression::PropertyAccess(PropertyAccess::Simple(access)) => {
                self.is_process_env(access.target())
                    && match access.field() {
                        PropertyAccessField::Const(_) => true,
                        PropertyAccessField::Expr(key) => {
                            matches!(&**key, Expression::Literal(l) if matches!(l.kind(), LiteralKind::String(_)))
                        }
                    }
            }
            Expression::Binary(b) => {
                !matches!(
                    b.op(),
                    BinaryOp::Relational(RelationalOp::In | RelationalOp::InstanceOf)
                ) && self.inert(b.lhs())
                    && self.inert(b.rhs())
            }
            Expression::Conditional(c) => {
                self.inert(c.condition()) && self.inert(c.if_true()) && self.inert(c.if_false())
            }
            Expression::Unary(u) => u.op() != UnaryOp::Delete && self.inert(u.target()),
            Expression::Parenthesized(p) => self.inert(p.expression()),
            _ => false,
        }
    }

    /// `process.env`, with `process` the global.
    fn is_process_env(&self, e: &Expression) -> bool {
        let Expression::PropertyAccess(PropertyAccess::Simple(access)) = e else {
            return false;
        };
        let (Expression::Identifier(target), PropertyAccessField::Const(field)) =
            (access.target(), access.field())
        else {
            return false;
        };
        !self.bound.contains_key(&target.sym())
            && self.str(target.sym()) == Some("process")
            && self.str(field.sym()) == Some("env")
    }

    fn str(&self, sym: Sym) -> Option<&str> {
        self.interner.resolve_expect(sym).utf8()
    }

    /// A string literal's value (`None` for one with lone surrogates).
    fn string(&self, sym: Sym) -> Option<String> {
        String::from_utf16(self.interner.resolve_expect(sym).utf16()).ok()
    }

    /// Binds a top-level name; a name bound twice is left to the engine.
    fn bind(&mut self, name: Sym, how: Bound) -> Option<()> {
        if self.bound.insert(name, how).is_some() {
            return None;
        }
        Some(())
    }

    /// A top-level declaration: functions were bound already; constants and
    /// variables with inert values bind now.
    fn declaration(&mut self, d: &Declaration) -> Option<()> {
        if function_name(d).is_some() {
            return Some(());
        }
        let Declaration::Lexical(lexical) = d else {
            return None;
        };
        let (list, constant) = match lexical {
            LexicalDeclaration::Const(list) => (list, true),
            LexicalDeclaration::Let(list) => (list, false),
            _ => return None,
        };
        for variable in list.as_ref() {
            let Binding::Identifier(name) = variable.binding() else {
                return None;
            };
            let how = match variable.init() {
                Some(init) if !self.inert(init) => return None,
                Some(init) if constant && is_function_expression(init) => Bound::FunctionConst,
                _ => Bound::Other,
            };
            self.bind(name.sym(), how)?;
        }
        Some(())
    }

    fn autorun_callee(&self, call: &Call) -> Option<&'static str> {
        let Expression::Identifier(id) = call.function() else {
            return None;
        };
        match self.bound.get(&id.sym()) {
            Some(Bound::Autorun(name)) => Some(name),
            _ => None,
        }
    }

    /// A task body or dep function: a function expression, a function
    /// binding, or `series(...)`/`parallel(...)` of names and functions.
    fn function(&self, e: &Expression) -> Option<Body> {
        match e {
            e if is_function_expression(e) => Some(Body::Fresh),
            Expression::Identifier(id) => match self.bound.get(&id.sym()) {
                Some(Bound::Function | Bound::FunctionConst) => Some(Body::Named(id.sym())),
                _ => None,
            },
            Expression::Call(call) => {
                if !matches!(self.autorun_callee(call), Some("series" | "parallel")) {
                    return None;
                }
                for item in call.args() {
                    match item {
                        Expression::Literal(l) if matches!(l.kind(), LiteralKind::String(_)) => {}
                        item => {
                            self.function(item)?;
                        }
                    }
                }
                Some(Body::Fresh)
            }
            _ => None,
        }
    }

    fn string_literal(&self, e: &Expression) -> Option<String> {
        let Expression::Literal(l) = e else {
            return None;
        };
        let LiteralKind::String(s) = l.kind() else {
            return None;
        };
        self.string(*s)
    }

    fn boolean_literal(e: &Expression) -> Option<bool> {
        let Expression::Literal(l) = e else {
            return None;
        };
        match l.kind() {
            LiteralKind::Bool(b) => Some(*b),
            _ => None,
        }
    }

    fn strings(&self, array: &ArrayLiteral) -> Option<Vec<String>> {
        array
            .as_ref()
            .iter()
            .map(|x| x.as_ref().and_then(|x| self.string_literal(x)))
            .collect()
    }

    /// `{ desc, deps, hidden, ... }` with literal values `task()` accepts:
    /// (desc, deps, hidden).
    fn options(&self, object: &ObjectLiteral) -> Option<(Option<String>, Vec<String>, bool)> {
        let (mut desc, mut deps, mut hidden) = (None, Vec::new(), false);
        let mut seen = HashSet::new();
        for property in object.properties() {
            let PropertyDefinition::Property(PropertyName::Literal(key), value) = property else {
                return None;
            };
            let key = self.str(key.sym())?;
            if !OPTIONS.contains(&key) || !seen.insert(key) {
                return None;
            }
            match key {
                "desc" => desc = Some(self.string_literal(value)?),
                "deps" => {
                    let Expression::ArrayLiteral(array) = value else {
                        return None;
                    };
                    deps = self.strings(array)?;
                }
                "hidden" => hidden = Self::boolean_literal(value)?,
                "restart" => {
                    Self::boolean_literal(value)?;
                }
                _ => match value {
                    Expression::ArrayLiteral(array) => {
                        self.strings(array)?;
                    }
                    value => {
                        self.string_literal(value)?;
                    }
                },
            }
        }
        Some((desc, deps, hidden))
    }

    /// `task(name, fn)`, `task(name, "description", fn)`, `task(name, options, fn?)`.
    fn task_call(&mut self, call: &Call) -> Option<()> {
        if self.autorun_callee(call)? != "task" {
            return None;
        }
        let args = call.args();
        let name = self.string_literal(args.first()?)?;
        if name.is_empty() || self.names.contains(&name) || args.len() > 3 {
            return None;
        }
        let (mut desc, mut deps, mut hidden, mut body) = (None, Vec::new(), false, None);
        match args.get(1) {
            None => {}
            Some(Expression::Literal(l)) => {
                let LiteralKind::String(s) = l.kind() else {
                    return None;
                };
                desc = Some(self.string(*s)?);
            }
            Some(Expression::ObjectLiteral(object)) => {
                (desc, deps, hidden) = self.options(object)?;
            }
            Some(e) => {
                if args.len() == 3 {
                    return None; // nothing may follow the function
                }
                body = Some(self.function(e)?);
            }
        }
        if let Some(e) = args.get(2) {
            body = Some(self.function(e)?);
        }
        self.names.insert(name.clone());
        self.tasks.push(TaskDef {
            name,
            desc,
            deps,
            hidden,
        });
        self.bodies.push(body);
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, desc, hidden) of each task.
    type Listed = Vec<(String, Option<String>, bool)>;

    fn listed(text: &str) -> Option<(Listed, Option<String>)> {
        read_source(text).map(|d| {
            (
                d.tasks
                    .into_iter()
                    .map(|t| (t.name, t.desc, t.hidden))
                    .collect(),
                d.default,
            )
        })
    }

    #[test]
    fn declarations_are_read() {
        let (tasks, default) = listed(
            "import { task, series, $ as sh } from 'autorun';\n\
             import path from 'node:path';\n\
             import { readFile } from 'fs/promises';\n\
             const CC = process.env.CC || 'cc', flags = [`-O${2}`, CC];\n\
             const out = 'dist';\n\
             function build() {}\n\
             task('build', 'Build it', build);\n\
             task('test', { desc: 'Test', deps: ['build'], sources: ['src/**'], restart: true }, async (ctx) => { await sh`x`; });\n\
             task('all', { deps: ['build', 'test'], hidden: true });\n\
             task('ci', series('build', () => {}));\n\
             export default build;\n",
        )
        .expect("declarative");
        assert_eq!(
            tasks,
            vec![
                ("build".into(), Some("Build it".into()), false),
                ("test".into(), Some("Test".into()), false),
                ("all".into(), None, true),
                ("ci".into(), None, false),
            ]
        );
        assert_eq!(default.as_deref(), Some("build"));
    }

    #[test]
    fn defaults_follow_resolve_default() {
        let head = "import { task } from 'autorun';\ntask('a', () => {});\n";
        let default = |tail: &str| listed(&format!("{head}{tail}")).map(|l| l.1);
        assert_eq!(default(""), Some(None));
        assert_eq!(default("export default 'a';"), Some(Some("a".into())));
        assert_eq!(
            default("task('default', () => {});"),
            Some(Some("default".into()))
        );
        assert_eq!(
            default("export default () => {};"),
            Some(Some("default".into()))
        );
        assert_eq!(
            default("task('default', () => {});\nexport default () => {};"),
            None
        );
    }

    #[test]
    fn anything_that_does_more_is_left_to_the_engine() {
        for text in [
            "task('a', () => {});",
            "import { task } from 'autorun';\nimport { x } from './lib.js';\ntask('a', () => {});",
            "import { task } from 'autorun';\nimport { nope } from 'node:fs';\ntask('a', () => {});",
            "import { task } from 'autorun';\nconst cc = process.env.CC || cc();\ntask('a', () => {});",
            "import { task } from 'autorun';\nconsole.log('hi');\ntask('a', () => {});",
            "import { task } from 'autorun';\nconst n = 'a' + 'b';\ntask(n, () => {});",
            "import { task } from 'autorun';\ntask('a', () => {});\ntask('a', () => {});",
            "import { task } from 'autorun';\ntask('a', { desc: 1 });",
            "import { task } from 'autorun';\ntask('a', { deps: 'b' });",
            "import { task } from 'autorun';\ntask('a', { colour: 'red' });",
            "import { task } from 'autorun';\ntask('a', () => {}, () => {});",
            "import { task } from 'autorun';\ntask('a', 42);",
            "import { task } from 'autorun';\ntask('');",
            "import { task } from 'autorun';\nif (process.env.CI) task('a');",
            "import { task, nope } from 'autorun';\ntask('a');",
            "import { task } from 'autorun';\ntask('a', f);\nconst f = () => {};",
            "import { task } from 'autorun';\ntask('a', () => {}",
        ] {
            assert_eq!(listed(text), None, "{text}");
        }
    }
}
