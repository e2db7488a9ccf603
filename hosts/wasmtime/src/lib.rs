//! Runs a tiergate WebAssembly policy module (the plain C ABI of
//! `docs/abi.md`) under wasmtime, with the same `classify` / `decide` /
//! `check` surface as the native [`tiergate::Engine`].
//!
//! The module is treated as untrusted: it gets no imports, a memory cap and a
//! fuel budget per call, and every result is parsed and checked. A module that
//! traps, loops, grows past the cap or breaks the ABI yields an error with code
//! `module` — never a hang, a crash or a wrong answer.
//!
//! ```no_run
//! use tiergate_wasmtime::{Limits, ModuleEngine};
//! let bytes = std::fs::read("policy.wasm")?;
//! let mut engine = ModuleEngine::load(&bytes, None, Limits::default())?;
//! let decision = engine.check("mail jane.doe@acme.io", "claude-ai")?;
//! assert_eq!(decision.action.as_str(), "block");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use tiergate::{Decision, DocumentReportWire, Error, ErrorKind, Policy, ReportWire};
use wasmtime::{
    Config, Engine as Runtime, Instance, Memory, Module, Store, StoreLimits, StoreLimitsBuilder,
    Trap, TypedFunc,
};

/// The ABI version this host speaks.
pub const ABI_VERSION: u32 = 1;

/// Fuel per input byte of a document: see [`Limits::fuel_per_document_byte`].
/// 2.2 times the costliest document measured (`examples/calibrate.rs`: a
/// 10 MB Excel workbook, 25,172 per byte on 2026-12-04, its sheet packed
/// about 7.5 to 1).
/// A document that packs much tighter runs out of fuel with a `module` error:
/// raise the limit for such files.
const FUEL_PER_DOCUMENT_BYTE: u64 = 55_000;

/// What one module instance may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Fuel (roughly, WebAssembly instructions) for compiling the policy.
    pub fuel_to_compile: u64,
    /// Fuel for each call, plus [`Limits::fuel_per_byte`] for each input byte.
    pub fuel_per_call: u64,
    /// Extra fuel per byte of input.
    pub fuel_per_byte: u64,
    /// Fuel per input byte of a document (instead of [`Limits::fuel_per_byte`]):
    /// a document's text is larger than its compressed bytes.
    pub fuel_per_document_byte: u64,
    /// The most linear memory the module may have, in bytes.
    pub memory_bytes: usize,
}

impl Default for Limits {
    /// Calibrated against the inputs that cost the most per byte
    /// (`examples/calibrate.rs`; the crate's tests keep it so): the worst
    /// measured by the tests (32 KiB inputs, 2026-12-08, a seventeenth
    /// session) uses 11,941 fuel per byte (Arabic names, since the
    /// recogniser keeps the lexicon's answer for each word; 14,524 at
    /// 70578f7, 14,521 at 9867880,
    /// 14,210 at 56de269,
    /// 14,034 at ea879e8,
    /// 13,914 at 4fe8723,
    /// 13,806 at 9d1071c, 13,387 at 10eb414,
    /// 13,408 at df65732, 13,264 at df0ef49 and d39692c,
    /// 13,263, 13,234 and 13,683 earlier on 2026-12-06, 12,573 on
    /// 2026-12-05) and a fresh engine's first call on a line of every kind
    /// at most 130 M / 1.2, so a call gets 130 M and 30 k per byte, 2.51
    /// times the worst (2.07 at 70578f7; 29.5 k until the fifteenth session's Arabic, Persian
    /// and Hebrew names left it 2.03 times; 29 k until the fourteenth session's lexicon and cue
    /// lists left it 2.04 times; 28.5 k until the thirteenth session's word lists
    /// and rules left it 2.03 times; 28 k until the twelfth session's name
    /// rules left it 2.01 times; 27.5 k until the eleventh session's caseless name
    /// rules, 2026-12-07, which left it 1.99 times; 2.05 at 10eb414, 2.07 at df0ef49, 2.08
    /// and 2.01 on 2026-12-06, 2.2 on 2026-12-05;
    /// 25 k until the name recogniser's context window was counted in the
    /// name's script, 2026-12-05: 2.0 times; 30 k while each
    /// name was read back to its line's start, which made one long line of
    /// Arabic names cost 12,507 per byte at 32 KiB and 89,754 at 1 MiB); 20 G
    /// fuel to compile; 1 GiB of memory (reading a 10 MB Excel workbook needs
    /// 602 MiB). At about 0.17 ns per unit of fuel, a call then stops within
    /// about 22 ms + 5.1 µs per input byte (5.4 s for 1 MiB), whatever it is
    /// given.
    fn default() -> Limits {
        Limits {
            fuel_to_compile: 20_000_000_000,
            fuel_per_call: 130_000_000,
            fuel_per_byte: 30_000,
            fuel_per_document_byte: FUEL_PER_DOCUMENT_BYTE,
            memory_bytes: 1 << 30,
        }
    }
}

/// `(handle, ptr, len, ptr, len) -> status`: the ABI's two-input calls.
type TwoInputs = TypedFunc<(u32, u32, u32, u32, u32), i32>;

struct Exports {
    alloc: TypedFunc<u32, u32>,
    free: TypedFunc<(u32, u32), ()>,
    result_ptr: TypedFunc<(), u32>,
    result_len: TypedFunc<(), u32>,
    engine_new: TypedFunc<(u32, u32), u32>,
    policy: TypedFunc<u32, i32>,
    classify: TypedFunc<(u32, u32, u32), i32>,
    decide: TwoInputs,
    check: TwoInputs,
    redact: TypedFunc<(u32, u32, u32), i32>,
    /// Absent in a module built without the `documents` feature.
    classify_document: Option<TwoInputs>,
    decide_document: Option<TwoInputs>,
}

/// A policy module instance with a compiled policy.
pub struct ModuleEngine {
    store: Store<StoreLimits>,
    memory: Memory,
    exports: Exports,
    handle: u32,
    limits: Limits,
    broken: bool,
    /// Fuel the last call used.
    fuel_used: u64,
}

impl std::fmt::Debug for ModuleEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ModuleEngine")
            .field("handle", &self.handle)
            .field("limits", &self.limits)
            .field("broken", &self.broken)
            .finish()
    }
}

fn module_error(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Module, message)
}

/// A wasmtime failure as a `module` error that says what happened.
fn runtime_error(what: &str, e: &wasmtime::Error, limits: &Limits) -> Error {
    match e.downcast_ref::<Trap>() {
        Some(Trap::OutOfFuel) => module_error(format!(
            "the policy module ran out of fuel during {what} (limit {} + {} per input byte); it may be looping",
            limits.fuel_per_call, limits.fuel_per_byte
        )),
        Some(trap) => module_error(format!("the policy module trapped during {what}: {trap}")),
        None => module_error(format!("the policy module failed during {what}: {e}")),
    }
}

/// A compiled policy module: compile once (the expensive step), then
/// instantiate as many engines as needed, e.g. one per worker thread.
#[derive(Clone)]
pub struct PolicyModule {
    runtime: Runtime,
    module: Module,
    baked: Option<String>,
}

impl std::fmt::Debug for PolicyModule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PolicyModule")
            .field("baked_policy", &self.baked.is_some())
            .finish()
    }
}

impl PolicyModule {
    /// Compiles `module` (machine code for this CPU, by Cranelift) and checks
    /// that it imports nothing.
    ///
    /// # Errors
    /// `module` when the bytes are not a WebAssembly module or it has imports.
    pub fn compile(module: &[u8]) -> Result<PolicyModule, Error> {
        let baked = tiergate_module::embedded_policy(module)?.map(str::to_string);
        let mut config = Config::new();
        config.consume_fuel(true);
        let runtime = Runtime::new(&config).map_err(|e| module_error(format!("wasmtime: {e}")))?;
        let compiled = Module::new(&runtime, module)
            .map_err(|e| module_error(format!("not a valid WebAssembly module: {e}")))?;
        if let Some(import) = compiled.imports().next() {
            return Err(module_error(format!(
                "the module imports `{}::{}`; a tiergate policy module has no imports",
                import.module(),
                import.name()
            )));
        }
        Ok(PolicyModule {
            runtime,
            module: compiled,
            baked,
        })
    }

    /// The policy baked into the module (custom section `tiergate.policy`), if any.
    pub fn baked_policy(&self) -> Option<&str> {
        self.baked.as_deref()
    }

    /// A new instance, sandboxed by `limits`, with a compiled policy: `policy`
    /// if given, else the baked-in one, else the built-in policy.
    ///
    /// # Errors
    /// `module` when the module breaks the ABI or misbehaves; the policy's own
    /// errors (`policy_parse`, ...) as the core reports them.
    pub fn instantiate(&self, policy: Option<&str>, limits: Limits) -> Result<ModuleEngine, Error> {
        let mut store = Store::new(
            &self.runtime,
            StoreLimitsBuilder::new()
                .memory_size(limits.memory_bytes)
                .instances(1)
                .tables(4)
                .build(),
        );
        store.limiter(|limits| limits);
        store
            .set_fuel(limits.fuel_to_compile)
            .map_err(|e| module_error(format!("wasmtime: {e}")))?;
        let instance = Instance::new(&mut store, &self.module, &[])
            .map_err(|e| runtime_error("instantiation", &e, &limits))?;
        let memory = instance
            .get_memory(&mut store, "memory")
            .ok_or_else(|| module_error("the module exports no `memory`"))?;
        let version: TypedFunc<(), u32> = typed(&instance, &mut store, "tg_abi_version")?;
        let found = version
            .call(&mut store, ())
            .map_err(|e| runtime_error("tg_abi_version", &e, &limits))?;
        if found != ABI_VERSION {
            return Err(module_error(format!(
                "the module implements ABI version {found}; this host speaks version {ABI_VERSION}"
            )));
        }
        let exports = Exports {
            alloc: typed(&instance, &mut store, "tg_alloc")?,
            free: typed(&instance, &mut store, "tg_free")?,
            result_ptr: typed(&instance, &mut store, "tg_result_ptr")?,
            result_len: typed(&instance, &mut store, "tg_result_len")?,
            engine_new: typed(&instance, &mut store, "tg_engine_new")?,
            policy: typed(&instance, &mut store, "tg_policy")?,
            classify: typed(&instance, &mut store, "tg_classify")?,
            decide: typed(&instance, &mut store, "tg_decide")?,
            check: typed(&instance, &mut store, "tg_check")?,
            redact: typed(&instance, &mut store, "tg_redact")?,
            classify_document: optional(&instance, &mut store, "tg_classify_document")?,
            decide_document: optional(&instance, &mut store, "tg_decide_document")?,
        };
        let mut engine = ModuleEngine {
            store,
            memory,
            exports,
            handle: 0,
            limits,
            broken: false,
            fuel_used: 0,
        };
        let source = policy.or(self.baked.as_deref()).unwrap_or("");
        let new = engine.exports.engine_new.clone();
        let handle = engine.with_inputs(
            "compiling the policy",
            &[source.as_bytes()],
            limits.fuel_to_compile,
            |store, a| new.call(store, (a[0].0, a[0].1)),
        )?;
        if handle == 0 {
            return Err(engine.error_result()?);
        }
        engine.handle = handle;
        Ok(engine)
    }
}

impl ModuleEngine {
    /// Compiles `module` and instantiates it with a policy: `policy` if given,
    /// else the policy baked into the module, else the built-in policy. To make
    /// several engines from one module, use [`PolicyModule`].
    ///
    /// # Errors
    /// As [`PolicyModule::compile`] and [`PolicyModule::instantiate`].
    pub fn load(
        module: &[u8],
        policy: Option<&str>,
        limits: Limits,
    ) -> Result<ModuleEngine, Error> {
        PolicyModule::compile(module)?.instantiate(policy, limits)
    }

    /// [`ModuleEngine::load`] from a file.
    ///
    /// # Errors
    /// `io` when the file cannot be read; otherwise as [`ModuleEngine::load`].
    pub fn from_file(
        path: impl AsRef<std::path::Path>,
        policy: Option<&str>,
        limits: Limits,
    ) -> Result<ModuleEngine, Error> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|e| {
            Error::new(
                ErrorKind::Io,
                format!("cannot read module {}: {e}", path.display()),
            )
        })?;
        ModuleEngine::load(&bytes, policy, limits)
    }

    /// The report of `text` as the module's JSON (wire format, UTF-8 byte offsets).
    ///
    /// # Errors
    /// `module` when the module misbehaves.
    pub fn classify_json(&mut self, text: &str) -> Result<String, Error> {
        let (f, h) = (self.exports.classify.clone(), self.handle);
        self.call("classify", &[text.as_bytes()], |s, a| {
            f.call(s, (h, a[0].0, a[0].1))
        })
    }

    /// The report of `text` (UTF-8 byte offsets).
    ///
    /// # Errors
    /// `module` when the module misbehaves or returns something that is not a report.
    pub fn classify(&mut self, text: &str) -> Result<ReportWire, Error> {
        let json = self.classify_json(text)?;
        serde_json::from_str(&json)
            .map_err(|e| module_error(format!("the module returned a malformed report: {e}")))
    }

    /// The decision for `destination` on a report from [`ModuleEngine::classify`].
    ///
    /// # Errors
    /// `unknown_destination` and the core's other errors, as the module reports them; `module`.
    pub fn decide(&mut self, report: &ReportWire, destination: &str) -> Result<Decision, Error> {
        let report = serde_json::to_string(report).expect("reports serialise");
        let (f, h) = (self.exports.decide.clone(), self.handle);
        let json = self.call(
            "decide",
            &[report.as_bytes(), destination.as_bytes()],
            |s, a| f.call(s, (h, a[0].0, a[0].1, a[1].0, a[1].1)),
        )?;
        decision(&json)
    }

    /// Classifies `text` and decides for `destination`.
    ///
    /// # Errors
    /// As [`ModuleEngine::decide`].
    pub fn check(&mut self, text: &str, destination: &str) -> Result<Decision, Error> {
        let (f, h) = (self.exports.check.clone(), self.handle);
        let json = self.call(
            "check",
            &[text.as_bytes(), destination.as_bytes()],
            |s, a| f.call(s, (h, a[0].0, a[0].1, a[1].0, a[1].1)),
        )?;
        decision(&json)
    }

    /// The document report of `bytes` as the module's JSON (wire format;
    /// each part's findings index its `text` in UTF-8 bytes). `name` (a file
    /// name) is only a hint. The call gets [`Limits::fuel_per_document_byte`]
    /// per input byte: reading a document costs more than its size says.
    ///
    /// # Errors
    /// `module` when the module was built without documents or misbehaves.
    pub fn classify_document_json(
        &mut self,
        bytes: &[u8],
        name: Option<&str>,
    ) -> Result<String, Error> {
        let f = self.document_export(self.exports.classify_document.clone())?;
        let h = self.handle;
        let fuel = self.limits.fuel_per_call.saturating_add(
            (bytes.len() as u64).saturating_mul(self.limits.fuel_per_document_byte),
        );
        let inputs = [bytes, name.unwrap_or("").as_bytes()];
        self.call_with_fuel("classify_document", &inputs, fuel, |s, a| {
            f.call(s, (h, a[0].0, a[0].1, a[1].0, a[1].1))
        })
    }

    /// The document report of `bytes` (see [`ModuleEngine::classify_document_json`]).
    ///
    /// # Errors
    /// As [`ModuleEngine::classify_document_json`], and `module` when the
    /// result is not a document report.
    pub fn classify_document(
        &mut self,
        bytes: &[u8],
        name: Option<&str>,
    ) -> Result<DocumentReportWire, Error> {
        let json = self.classify_document_json(bytes, name)?;
        serde_json::from_str(&json).map_err(|e| {
            module_error(format!(
                "the module returned a malformed document report: {e}"
            ))
        })
    }

    /// The decision for `destination` on a report from
    /// [`ModuleEngine::classify_document`].
    ///
    /// # Errors
    /// As [`ModuleEngine::decide`]; `module` when the module was built
    /// without documents.
    pub fn decide_document(
        &mut self,
        report: &DocumentReportWire,
        destination: &str,
    ) -> Result<Decision, Error> {
        let f = self.document_export(self.exports.decide_document.clone())?;
        let h = self.handle;
        let report = serde_json::to_string(report).expect("reports serialise");
        let json = self.call(
            "decide_document",
            &[report.as_bytes(), destination.as_bytes()],
            |s, a| f.call(s, (h, a[0].0, a[0].1, a[1].0, a[1].1)),
        )?;
        decision(&json)
    }

    fn document_export<F>(&self, export: Option<F>) -> Result<F, Error> {
        export.ok_or_else(|| {
            module_error(
                "this policy module was built without documents (tg_classify_document); \
                 build it with the `documents` feature (the default of scripts/build-module)",
            )
        })
    }

    /// The redaction of `text` as the module's JSON (`text`, `replacements`).
    ///
    /// # Errors
    /// `module` when the module misbehaves.
    pub fn redact_json(&mut self, text: &str) -> Result<String, Error> {
        let (f, h) = (self.exports.redact.clone(), self.handle);
        self.call("redact", &[text.as_bytes()], |s, a| {
            f.call(s, (h, a[0].0, a[0].1))
        })
    }

    /// The policy the module compiled.
    ///
    /// # Errors
    /// `module` when the module misbehaves.
    pub fn policy(&mut self) -> Result<Policy, Error> {
        let (f, h) = (self.exports.policy.clone(), self.handle);
        let json = self.call("policy", &[], |s, _| f.call(s, h))?;
        Policy::from_json(&json).map_err(|e| {
            module_error(format!(
                "the module returned a policy this host cannot read: {e}"
            ))
        })
    }

    /// The size of the module's linear memory now, in bytes: the most it has
    /// needed so far (WebAssembly memory only grows).
    pub fn memory_size(&self) -> usize {
        self.memory.data_size(&self.store)
    }

    /// The fuel the last call used (copying its input in included, freeing
    /// it not): what [`Limits`] are calibrated against.
    pub fn fuel_used(&self) -> u64 {
        self.fuel_used
    }

    /// Calls a function whose result is JSON or an error object.
    fn call(
        &mut self,
        what: &str,
        inputs: &[&[u8]],
        f: impl FnOnce(&mut Store<StoreLimits>, &[(u32, u32)]) -> wasmtime::Result<i32>,
    ) -> Result<String, Error> {
        let bytes: u64 = inputs.iter().map(|i| i.len() as u64).sum();
        let fuel = self
            .limits
            .fuel_per_call
            .saturating_add(bytes.saturating_mul(self.limits.fuel_per_byte));
        self.call_with_fuel(what, inputs, fuel, f)
    }

    /// [`ModuleEngine::call`] with `fuel` for the whole call.
    fn call_with_fuel(
        &mut self,
        what: &str,
        inputs: &[&[u8]],
        fuel: u64,
        f: impl FnOnce(&mut Store<StoreLimits>, &[(u32, u32)]) -> wasmtime::Result<i32>,
    ) -> Result<String, Error> {
        match self.with_inputs(what, inputs, fuel, f)? {
            0 => self.result(),
            1 => Err(self.error_result()?),
            other => Err(self.fail(format!(
                "the module returned status {other} from {what}; the ABI has 0 and 1"
            ))),
        }
    }

    /// Copies `inputs` into module memory, runs `f` with their (ptr, len), frees them.
    fn with_inputs<R>(
        &mut self,
        what: &str,
        inputs: &[&[u8]],
        fuel: u64,
        f: impl FnOnce(&mut Store<StoreLimits>, &[(u32, u32)]) -> wasmtime::Result<R>,
    ) -> Result<R, Error> {
        if self.broken {
            return Err(module_error(
                "the policy module failed earlier and was stopped; load it again",
            ));
        }
        self.store
            .set_fuel(fuel)
            .map_err(|e| module_error(format!("wasmtime: {e}")))?;
        let mut placed = Vec::with_capacity(inputs.len());
        for input in inputs {
            let len = u32::try_from(input.len()).map_err(|_| {
                Error::new(
                    ErrorKind::InvalidArgument,
                    "inputs over 4 GiB do not fit a 32-bit module",
                )
            })?;
            let alloc = self.exports.alloc.clone();
            let ptr = alloc
                .call(&mut self.store, len)
                .map_err(|e| self.trapped("tg_alloc", &e))?;
            self.memory
                .write(&mut self.store, ptr as usize, input)
                .map_err(|_| {
                    self.fail("tg_alloc returned memory outside the module's memory".to_string())
                })?;
            placed.push((ptr, len));
        }
        let out = f(&mut self.store, &placed).map_err(|e| self.trapped(what, &e))?;
        self.fuel_used = fuel.saturating_sub(self.store.get_fuel().unwrap_or(0));
        let free = self.exports.free.clone();
        for (ptr, len) in placed {
            free.call(&mut self.store, (ptr, len))
                .map_err(|e| self.trapped("tg_free", &e))?;
        }
        Ok(out)
    }

    fn result(&mut self) -> Result<String, Error> {
        let (p, l) = (
            self.exports.result_ptr.clone(),
            self.exports.result_len.clone(),
        );
        let ptr = p
            .call(&mut self.store, ())
            .map_err(|e| self.trapped("tg_result_ptr", &e))? as usize;
        let len = l
            .call(&mut self.store, ())
            .map_err(|e| self.trapped("tg_result_len", &e))? as usize;
        let bytes = self
            .memory
            .data(&self.store)
            .get(ptr..ptr.saturating_add(len))
            .map(<[u8]>::to_vec)
            .ok_or_else(|| self.fail("the module's result lies outside its memory".to_string()))?;
        String::from_utf8(bytes)
            .map_err(|_| self.fail("the module's result is not UTF-8".to_string()))
    }

    /// The core error the module reported.
    fn error_result(&mut self) -> Result<Error, Error> {
        let json = self.result()?;
        Error::from_json(&json).ok_or_else(|| {
            self.fail("the module reported an error this host cannot read".to_string())
        })
    }

    fn trapped(&mut self, what: &str, e: &wasmtime::Error) -> Error {
        self.broken = true;
        runtime_error(what, e, &self.limits)
    }

    fn fail(&mut self, message: String) -> Error {
        self.broken = true;
        module_error(message)
    }
}

fn typed<P, R>(
    instance: &Instance,
    store: &mut Store<StoreLimits>,
    name: &str,
) -> Result<TypedFunc<P, R>, Error>
where
    P: wasmtime::WasmParams,
    R: wasmtime::WasmResults,
{
    instance.get_typed_func::<P, R>(store, name).map_err(|e| {
        module_error(format!(
            "the module lacks `{name}` with the ABI's signature: {e}"
        ))
    })
}

/// An export the ABI lets a module leave out: `None` when absent, an error
/// when present with the wrong signature.
fn optional<P, R>(
    instance: &Instance,
    store: &mut Store<StoreLimits>,
    name: &str,
) -> Result<Option<TypedFunc<P, R>>, Error>
where
    P: wasmtime::WasmParams,
    R: wasmtime::WasmResults,
{
    if instance.get_func(&mut *store, name).is_none() {
        return Ok(None);
    }
    typed(instance, store, name).map(Some)
}

fn decision(json: &str) -> Result<Decision, Error> {
    serde_json::from_str(json)
        .map_err(|e| module_error(format!("the module returned a malformed decision: {e}")))
}
