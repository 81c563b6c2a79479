//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::dyn`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DynParams {
    pub dyn2: ::std::option::Option<::std::string::String>,
    pub dyn3: ::std::option::Option<::std::string::String>,
    pub dyn4: ::std::option::Option<::std::string::String>,
}
impl DynParams {
    /// Sets `dyn2`.
    #[must_use]
    pub fn dyn2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dyn2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dyn3`.
    #[must_use]
    pub fn dyn3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dyn3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dyn4`.
    #[must_use]
    pub fn dyn4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dyn4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::dyn`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DynOkHeaders {
    pub r#dyn: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::dyn`].
#[derive(Debug, Clone, PartialEq)]
pub enum DynResponse {
    /// ok
    Ok { body: super::types::Everything, headers: DynOkHeaders },
}
/// Documented error responses of [`super::Client::dyn`].
#[derive(Debug, Clone, PartialEq)]
pub enum DynError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::dyn_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum DynPostError {}
impl super::Client {
    /// */ operation dyn "#
    ///
    /// `GET /op37/{dyn}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#dyn(
        &self,
        r#dyn: &str,
        params: &DynParams,
    ) -> ::std::result::Result<DynResponse, super::Error<DynError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op37/");
        url.push_str(
            &super::runtime::path_param(
                "dyn",
                &super::runtime::to_value("dyn", &r#dyn)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.dyn2 {
            let v = super::runtime::to_value("dyn", v)?;
            super::runtime::push_param(&mut query, "dyn", &v, "form", true);
        }
        if let Some(v) = &params.dyn3 {
            let v = super::runtime::to_value("dyn", v)?;
            headers.push(("dyn", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.dyn4 {
            let v = super::runtime::to_value("dyn", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "dyn", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[37usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("dyn", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "dyn", method = "GET", path = "/op37/{dyn}",
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
        self.run_response_hooks("dyn", status, &response_headers);
        match status {
            200 => {
                let headers = DynOkHeaders {
                    r#dyn: super::runtime::optional_header(
                        &response_headers,
                        "dyn",
                        status,
                    )?,
                };
                Ok(DynResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        DynError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(DynError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            DynError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op37/{dyn}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn dyn_post(
        &self,
        r#dyn: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<DynPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op37/");
        url.push_str(
            &super::runtime::path_param(
                "dyn",
                &super::runtime::to_value("dyn", &r#dyn)?,
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
            .run_request_hooks("dyn_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "dyn_post", method = "POST", path =
            "/op37/{dyn}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("dyn_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        DynPostError,
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
