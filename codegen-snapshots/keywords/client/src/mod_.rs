//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::mod`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModParams {
    pub mod2: ::std::option::Option<::std::string::String>,
    pub mod3: ::std::option::Option<::std::string::String>,
    pub mod4: ::std::option::Option<::std::string::String>,
}
impl ModParams {
    /// Sets `mod2`.
    #[must_use]
    pub fn mod2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mod2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mod3`.
    #[must_use]
    pub fn mod3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mod3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mod4`.
    #[must_use]
    pub fn mod4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mod4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::mod`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModOkHeaders {
    pub r#mod: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::mod`].
#[derive(Debug, Clone, PartialEq)]
pub enum ModResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ModOkHeaders },
}
/// Documented error responses of [`super::Client::mod`].
#[derive(Debug, Clone, PartialEq)]
pub enum ModError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::mod_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ModPostError {}
impl super::Client {
    /// */ operation mod "#
    ///
    /// `GET /op17/{mod}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#mod(
        &self,
        r#mod: &str,
        params: &ModParams,
    ) -> ::std::result::Result<ModResponse, super::Error<ModError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op17/");
        url.push_str(
            &super::runtime::path_param(
                "mod",
                &super::runtime::to_value("mod", &r#mod)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.mod2 {
            let v = super::runtime::to_value("mod", v)?;
            super::runtime::push_param(&mut query, "mod", &v, "form", true);
        }
        if let Some(v) = &params.mod3 {
            let v = super::runtime::to_value("mod", v)?;
            headers.push(("mod", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.mod4 {
            let v = super::runtime::to_value("mod", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "mod", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[17usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("mod", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "mod", method = "GET", path = "/op17/{mod}",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("mod", status, &response_headers);
        match status {
            200 => {
                let headers = ModOkHeaders {
                    r#mod: super::runtime::optional_header(
                        &response_headers,
                        "mod",
                        status,
                    )?,
                };
                Ok(ModResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ModError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ModError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ModError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op17/{mod}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn mod_post(
        &self,
        r#mod: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ModPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op17/");
        url.push_str(
            &super::runtime::path_param(
                "mod",
                &super::runtime::to_value("mod", &r#mod)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("mod_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "mod_post", method = "POST", path =
            "/op17/{mod}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("mod_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ModPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
